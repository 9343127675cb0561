// Fixed locale and UTC: a date must read the same whatever machine builds the site or views it.
const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `2025-08-05` as `5 Aug 2025`. */
export function formatDate(date: string): string {
  return format.format(new Date(`${date}T00:00:00Z`));
}
