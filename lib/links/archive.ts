// The way back to a note's page: the Web Archive's capture nearest the note's date, and the one
// rule for where a title leads (the page itself, or that capture once the page is found dead).
import type { Note } from '@/lib/content/note';

type Linked = Pick<Note, 'url' | 'date' | 'dead'>;

/**
 * `https://web.archive.org/web/20250805/https://…`: the Wayback Machine answers a day with the
 * capture closest to it (https://archive.org/help/wayback_api.php), so no request at build time.
 */
export function archiveUrl(note: Linked): string {
  return `https://web.archive.org/web/${note.date.replaceAll('-', '')}/${note.url}`;
}

/** Where a note's title links: the noted page, or its archived copy once the page is gone. */
export function titleHref(note: Linked): string {
  return note.dead ? archiveUrl(note) : note.url;
}
