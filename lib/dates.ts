// Month names spelled out here, not by `Intl`: ICU's English abbreviates September as "Sept" in
// some locales and "Sep" in others, and a date must read the same whatever machine builds the site.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-08-05` as `5 Aug 2025`, `2023-09-12` as `12 Sep 2023`: day, three-letter month, year. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The month of `2025-08` or `2025-08-05` as its three letters: `Aug`. */
export function monthName(date: string): string {
  return MONTHS[Number(date.slice(5, 7)) - 1];
}

/** A date as notes write it: `YYYY-MM-DD`. */
export const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a `YYYY-MM-DD` string names a day that exists (no 30 February). */
export function isCalendarDate(text: string): boolean {
  const match = DATE_FORMAT.exec(text);
  if (match === null) return false;
  const [, year, month, day] = match.map(Number);
  // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999.
  const parsed = new Date(0);
  parsed.setUTCFullYear(year, month - 1, day);
  return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}
