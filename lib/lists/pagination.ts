/** How many previews a list page shows. */
export const PAGE_SIZE = 20;

/** Up to this many pages, a list's navigation links every page and needs no contents page. */
const ALL_PAGES_SHOWN = 9;

/** One page of a paginated list of previews. */
export type Page<T> = {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
};

/** How many pages a list of `itemCount` previews takes; an empty list still has its first page. */
export function countPages(itemCount: number): number {
  return Math.max(1, Math.ceil(itemCount / PAGE_SIZE));
}

/** Page `page` (1-based) of `items`, or undefined when there is no such page. */
export function paginate<T>(items: T[], page: number): Page<T> | undefined {
  const pageCount = countPages(items.length);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), page, pageCount };
}

/**
 * The pages that page `page` of `pageCount` links to by number, itself included, in order: every
 * page of a short list; else the first and last, two neighbours each side, and on each side the two
 * nearest multiples of 10, of 100, of 1,000…: from 347 of 2,500 pages, 1 200 300 330 340 345 346
 * 347 348 349 350 360 400 500 1000 2000 2500. Digit by digit, a far page is a few clicks away.
 */
export function pageJumps(page: number, pageCount: number): number[] {
  if (pageCount <= ALL_PAGES_SHOWN) return Array.from({ length: pageCount }, (_, i) => i + 1);
  const pages = new Set([1, page, pageCount]);
  for (let step = 1; step < pageCount; step *= 10) {
    const below = Math.floor((page - 1) / step) * step;
    const above = Math.ceil((page + 1) / step) * step;
    pages
      .add(below)
      .add(below - step)
      .add(above)
      .add(above + step);
  }
  return [...pages].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
}

/** Whether a list of `pageCount` pages has a contents page: every page under the months it holds. */
export function hasContents(pageCount: number): boolean {
  return pageCount > ALL_PAGES_SHOWN;
}

/**
 * The `[[...page]]` param of each page of a list of `itemCount` previews: `[]` for the first page
 * (the list's own URL), `['page', 'n']` for `page/n/`. Never empty, which `output: 'export'` forbids.
 */
export function pageParams(itemCount: number): string[][] {
  return Array.from({ length: countPages(itemCount) }, (_, i) => (i === 0 ? [] : ['page', String(i + 1)]));
}

/** The `[[...page]]` param of a list's contents page, `pages/`. */
const CONTENTS = 'pages';

/** The `[[...page]]` params of a list: its pages, and its contents page when it has one. */
export function listParams(itemCount: number): string[][] {
  return hasContents(countPages(itemCount)) ? [...pageParams(itemCount), [CONTENTS]] : pageParams(itemCount);
}

/** Whether a `[[...page]]` param names the list's contents page. */
export function isContents(segments: string[] | undefined): boolean {
  return segments?.length === 1 && segments[0] === CONTENTS;
}

/** The page number named by a `[[...page]]` param; NaN for anything but `[]` or `['page', 'n']`. */
export function pageNumber(segments: string[] | undefined): number {
  if (segments === undefined || segments.length === 0) return 1;
  const [word, number, ...rest] = segments;
  // Only canonical numbers name a page: `page/2/`, never `page/02/` or `page/1/`.
  return word === 'page' && rest.length === 0 && /^[1-9]\d*$/.test(number) && number !== '1'
    ? Number(number)
    : Number.NaN;
}
