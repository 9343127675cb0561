// Facts about the site that every page shares, from its identity file and the environment
// (config.mjs reads both).
import { site, siteUrl } from '@/lib/settings/config.mjs';

export { basePath, site, siteUrl } from '@/lib/settings/config.mjs';

/**
 * The one image card that every page shows when shared: the site's name and description, drawn
 * at build time by app/og-image.png/route.ts. One image serves all pages: a card per note would
 * add 10,000 images for a preview few people see.
 */
export const SITE_IMAGE = {
  path: '/og-image.png',
  width: 1200,
  height: 630,
  alt: `${site.name}: ${site.description}`,
};

/** How the site names a tag's page, its feeds and its old links' pages: `Field Notes | tag | llm`. */
export function tagLabel(tagName: string): string {
  return `${site.name} | tag | ${tagName}`;
}

/** The absolute URL of a site path such as `/tag/llm/`. */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${path.split('/').map(encodeURIComponent).join('/')}`;
}
