import type { ReactNode } from 'react';
import { notePath } from '../lib/paths';
import { SiteLink } from './SiteLink';

type Props = {
  slug: string;
  children: ReactNode;
  'aria-label'?: string;
};

/** A link to a note's own page. */
export function NoteLink({ slug, children, 'aria-label': label }: Props) {
  return (
    <SiteLink href={notePath(slug)} aria-label={label}>
      {children}
    </SiteLink>
  );
}
