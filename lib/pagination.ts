/** How many previews a list page shows. */
export const PAGE_SIZE = 20;

/** One page of a paginated list of previews. */
export type Page<T> = {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
};

/** How many pages a list of `itemCount` previews takes; an empty list still has its first page. */
function countPages(itemCount: number): number {
  return Math.max(1, Math.ceil(itemCount / PAGE_SIZE));
}

/** Page `page` (1-based) of `items`, or undefined when there is no such page. */
export function paginate<T>(items: T[], page: number): Page<T> | undefined {
  const pageCount = countPages(items.length);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), page, pageCount };
}

/**
 * The `[[...page]]` param of each page of a list of `itemCount` previews: `[]` for the first page
 * (the list's own URL), `['page', 'n']` for `page/n/`. Never empty, which `output: 'export'` forbids.
 */
export function pageParams(itemCount: number): string[][] {
  return Array.from({ length: countPages(itemCount) }, (_, i) => (i === 0 ? [] : ['page', String(i + 1)]));
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
