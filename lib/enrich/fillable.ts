// Which notes `npm run enrich` fills, and what in them: a title that is only the note's URL (as
// Pocket and other exports leave a bookmark without a title, and `npm run import` then titles it
// with its URL), and an empty summary. A title or a summary the owner wrote is never filled.
import { normalizeUrl, parseWebUrl, readablePath } from '@/lib/urls';

/** What a note lacks that its page may give. */
export type Fillable = { title: boolean; summary: boolean };

/** A URL as a title may spell it, compared without its scheme: `example.com/a` is `https://example.com/a/`. */
function urlKey(text: string): string | undefined {
  const trimmed = text.trim();
  const parsed = parseWebUrl(/^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  return parsed === null ? undefined : normalizeUrl(parsed.href).replace(/^https?:\/\//, '');
}

/** Whether `title` is only `url`: as written, normalised, percent-decoded or without its scheme. */
export function titleIsUrl(title: string, url: string): boolean {
  const keys = new Set([urlKey(url), urlKey(readablePath(url))]);
  return [title, readablePath(title)].some((spelling) => {
    const key = urlKey(spelling);
    return key !== undefined && keys.has(key);
  });
}

/** What of a note's title and summary its page may fill. */
export function fillableOf(note: { title: string; url: string; summaryMarkdown: string }): Fillable {
  return { title: titleIsUrl(note.title, note.url), summary: note.summaryMarkdown.trim() === '' };
}
