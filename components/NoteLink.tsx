import type { ReactNode } from 'react';
import { notePath, sitePath } from '@/lib/paths';

type Props = {
  slug: string;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
};

/** A link to a note's own page. */
export function NoteLink({ slug, children, className, 'aria-label': label }: Props) {
  return (
    <a href={sitePath(notePath(slug))} className={className} aria-label={label}>
      {children}
    </a>
  );
}
