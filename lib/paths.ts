// The site's addresses, under the base path (which next/link adds). One place for each scheme.

/** A tag's page: `/tag/<slug>/`. */
export function tagPath(slug: string): string {
  return `/tag/${slug}/`;
}

/** A note's page: `/note/<slug>/`. */
export function notePath(slug: string): string {
  return `/note/${slug}/`;
}

/** Page `page` of a list whose first page is `base` (`/` or a tag's page): `<base>page/<n>/`. */
export function listPagePath(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}
