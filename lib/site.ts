/** Facts about the site that every page shares. */
export const SITE_NAME = 'url-notes';
export const SITE_DESCRIPTION = 'Notes on web links worth keeping: one markdown summary per link, indexed by tag.';
