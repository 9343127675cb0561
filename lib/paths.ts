// The site's addresses. One place for each scheme. The paths are the site's own (`/tag/llm/`), as
// metadata and feeds take them; a link in a page puts the base path in front with `sitePath`.
import { basePath } from './site';

/** A site path as a page's `<a href>` needs it, under the base path: `/url-notes/tag/llm/`. */
export function sitePath(path: string): string {
  return `${basePath}${path}`;
}

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

/** The contents page of a list whose first page is `base`, every page under its months: `<base>pages/`. */
export function listContentsPath(base: string): string {
  return `${base}pages/`;
}
