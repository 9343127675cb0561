// Words a page or a service wrote, as markdown that shows them as written: escaped, so that a
// description can never become a list, a heading or a link, and quoted with its source when it
// stands as a note's summary (`npm run enrich`; `npm run new` writes the same); and a page's title
// as a note's title, which the page may not have kept to one line or to the check's length.
import { MAX_TITLE_LENGTH } from '@/lib/content/limits';
import { characters } from '@/lib/text';
import { oneLine } from './new-note';

/**
 * A page's title as a note may hold it: on one line (a control character is a space) and at most
 * MAX_TITLE_LENGTH characters, a longer one cut at a word and ended with "…"; undefined when
 * nothing is left. The page's fault never costs the note (`npm run new`, `npm run enrich`).
 */
export function pageTitle(title: string | undefined): string | undefined {
  const line = oneLine(title ?? '');
  if (line === '') return undefined;
  const chars = characters(line);
  if (chars.length <= MAX_TITLE_LENGTH) return line;
  const cut = chars.slice(0, MAX_TITLE_LENGTH - 1).join('');
  return `${cut.replace(/\s+\S*$/, '') || cut}…`;
}

/** A line of plain text as markdown that renders as the same text, and never as a list or heading. */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

/** A page's description as a summary: the description quoted, then a line naming the site it came from. */
export function pageQuote(description: string, source: string): string {
  return `> ${escapeMarkdown(description)}\n\n${escapeMarkdown(`— ${source}`)}`;
}
