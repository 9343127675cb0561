// Facts about the site that every page shares. The settings read from the environment (the base
// path, the site's address, the feeds' author) live in config.mjs, and are passed on from here.
import { SITE_NAME, siteUrl } from './config.mjs';

export { basePath, SITE_AUTHOR, SITE_NAME, siteUrl } from './config.mjs';

export const SITE_DESCRIPTION = 'Notes on web links worth keeping: one markdown summary per link, indexed by tag.';

export const SITE_LANGUAGE = 'en';

/**
 * The one image card that every page shows when shared (`public/og-image.png`, the icon with the
 * site's name and description, rendered once in Chromium). One image serves all pages: a card per
 * note would add 10,000 images for a preview few people see.
 */
export const SITE_IMAGE = {
  path: '/og-image.png',
  width: 1200,
  height: 630,
  alt: `${SITE_NAME}: ${SITE_DESCRIPTION}`,
};

/** How the site names a tag's page, its feeds and its old links' pages: `url-notes | tag | llm`. */
export function tagLabel(tagName: string): string {
  return `${SITE_NAME} | tag | ${tagName}`;
}

/** The absolute URL of a site path such as `/tag/llm/`. */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${path.split('/').map(encodeURIComponent).join('/')}`;
}
