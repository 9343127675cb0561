import Link from 'next/link';
import type { ReactNode } from 'react';
import { notePath } from '../lib/paths';

type Props = {
  slug: string;
  children: ReactNode;
  'aria-label'?: string;
};

/**
 * A link to a note's own page. It never prefetches: list pages hold hundreds of such links, and
 * because nothing prefetches a note page, the build drops note pages' prefetch files
 * (scripts/prune-export.ts), a large share of a big site. A click still navigates client-side.
 */
export function NoteLink({ slug, children, 'aria-label': label }: Props) {
  return (
    <Link href={notePath(slug)} prefetch={false} aria-label={label}>
      {children}
    </Link>
  );
}
