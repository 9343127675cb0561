/** How many previews a list page shows. */
export const PAGE_SIZE = 20;

/** One page of a paginated list of previews. */
export type Page<T> = {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
};

/** Page `page` (1-based) of `items`, or undefined when there is no such page. */
export function paginate<T>(items: T[], page: number): Page<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), page, pageCount };
}

/** The route params of pages 2…n: page 1 is the list's own URL. */
export function laterPageParams(itemCount: number): { page: string }[] {
  const pageCount = Math.ceil(itemCount / PAGE_SIZE);
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => ({ page: String(i + 2) }));
}

/** Reads a `[page]` route param: only canonical numbers ("2", not "02") name a page. */
export function pageNumber(param: string): number {
  return /^[1-9]\d*$/.test(param) ? Number(param) : Number.NaN;
}
