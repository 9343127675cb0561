import type { ReactNode } from 'react';

type Props = {
  href: string;
  children: ReactNode;
};

/** A link to the noted page on another site: a new tab that gets neither the opener nor the referrer. */
export function OutboundLink({ href, children }: Props) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
