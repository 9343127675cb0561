import type { ReactNode } from 'react';
import { notePath, sitePath } from '@/lib/paths';

type Props = {
  slug: string;
  children: ReactNode;
  'aria-label'?: string;
};

/** A link to a note's own page. */
export function NoteLink({ slug, children, 'aria-label': label }: Props) {
  return (
    <a href={sitePath(notePath(slug))} aria-label={label}>
      {children}
    </a>
  );
}
