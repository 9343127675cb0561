// Month names spelled out here, not by `Intl`: ICU's English abbreviates September as "Sept" in
// some locales and "Sep" in others, and a date must read the same whatever machine builds the site.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-08-05` as `5 Aug 2025`, `2023-09-12` as `12 Sep 2023`: day, three-letter month, year. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
