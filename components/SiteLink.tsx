import Link from 'next/link';
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<typeof Link>, 'prefetch'>;

/**
 * Every link within the site. A click navigates client-side (fetching the target's `index.txt`),
 * but no link prefetches: list pages hold hundreds of links, and since nothing prefetches, the
 * build deletes every page's prefetch files (scripts/prune-export.ts), a sixth of a large site.
 */
export function SiteLink(props: Props) {
  return <Link {...props} prefetch={false} />;
}
