import { basePath } from './base-path.mjs';

/** Facts about the site that every page shares. */
export const SITE_NAME = 'url-notes';
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

/**
 * Who the feeds name as their author (Atom requires one): `SITE_AUTHOR` when set, else the account
 * that owns the repository on GitHub Actions, else the site's name.
 */
export const SITE_AUTHOR = process.env.SITE_AUTHOR || process.env.GITHUB_REPOSITORY_OWNER || SITE_NAME;

export { basePath };

/**
 * The site's absolute address, base path included, without a trailing slash: `SITE_URL` when set,
 * else `https://<owner>.github.io/<base path>` on GitHub Actions, else the local preview's address.
 * Feeds, the sitemap and canonical links need absolute URLs; everything else uses paths.
 */
export const siteUrl = (process.env.SITE_URL ?? `${defaultOrigin()}${basePath}`).replace(/\/+$/, '');

/** The absolute URL of a site path such as `/tag/llm/`. */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${path.split('/').map(encodeURIComponent).join('/')}`;
}

function defaultOrigin(): string {
  const owner = process.env.GITHUB_REPOSITORY_OWNER;
  return owner ? `https://${owner.toLowerCase()}.github.io` : 'http://localhost:4000';
}
