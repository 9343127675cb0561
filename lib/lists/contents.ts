// A long list's contents page: every page of the list under each month whose notes it shows, so
// that any page, and any month, is one click away from it (components/ListContents.tsx shows it).
import { PAGE_SIZE } from './pagination';

/** A month of a list, `2021-03`, and the pages that show its notes, in order. */
export type MonthPages = { month: string; pages: number[] };

/** A year of a list, `2021`, and its months, in the list's order. */
export type YearPages = { year: string; months: MonthPages[] };

/** The years and months of a list from its items' dates (`YYYY-MM-DD`, newest first), with the pages of each month. */
export function pagesByMonth(dates: string[]): YearPages[] {
  const years: YearPages[] = [];
  dates.forEach((date, index) => {
    const page = Math.floor(index / PAGE_SIZE) + 1;
    const year = date.slice(0, 4);
    const month = date.slice(0, 7);
    if (years.at(-1)?.year !== year) years.push({ year, months: [] });
    const { months } = years[years.length - 1];
    if (months.at(-1)?.month !== month) months.push({ month, pages: [] });
    const { pages } = months[months.length - 1];
    if (pages.at(-1) !== page) pages.push(page);
  });
  return years;
}
