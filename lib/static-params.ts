// Next.js's static export refuses a dynamic route whose generateStaticParams returns nothing
// (vercel/next.js#61213): every tag and note route of a site that has no notes yet. Such a route
// exports one placeholder page instead, and the build's `empty-routes` stage deletes it again.

/** The one param value of an empty route: no note or tag slug can be it (slugs hold no `_`). */
export const PLACEHOLDER = '_none';

/** `params`, or the placeholder's params when there are none. */
export function orPlaceholder<T>(params: T[], placeholder: T): T[] {
  return params.length > 0 ? params : [placeholder];
}
