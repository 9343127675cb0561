// Every knob of `npm run enrich` in one place: the command reads its flags over these defaults.
// Pages are read as `npm run new` reads them (lib/web) and asked through the pool of `check-links`.

/** Where what each page gave is kept between runs (ignored by git), relative to the working folder. */
export const CACHE_FILE = '.cache/pages.json';

/**
 * A page's record younger than this stands in for asking it again: a filled note is never asked
 * again anyway, so this decides when a page that gave nothing (a 404, a challenge) is tried anew.
 */
export const CACHE_MAX_AGE_DAYS = 30;
