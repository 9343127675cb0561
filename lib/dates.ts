// Fixed locale and UTC: a date must read the same whatever machine builds the site or views it.
const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `2025-08-05` as `5 Aug 2025`. */
export function formatDate(date: string): string {
  return format.format(new Date(`${date}T00:00:00Z`));
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
