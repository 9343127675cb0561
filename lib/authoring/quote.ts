// Words a page or a service wrote, as markdown that shows them as written: escaped, so that a
// description can never become a list, a heading or a link, and quoted with its source when it
// stands as a note's summary (`npm run enrich`; `npm run new` writes the same).
import { oneLine } from './new-note';

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
