import type { ReactNode } from 'react';
import styles from './OutboundLink.module.css';

type Props = {
  href: string;
  children: ReactNode;
};

/**
 * A link to the noted page on another site: a new tab that gets neither the opener nor the
 * referrer, underlined and marked ↗ (a picture for the eye; screen readers skip it).
 */
export function OutboundLink({ href, children }: Props) {
  return (
    <a className={styles.OutboundLink} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
