// The text of an enriched note: its title set where it is still its URL, its summary written where
// there is none, and every other byte as it was. The title goes through the front matter's syntax
// tree (lib/links/front-matter-edit.ts); the summary is only ever put where the file ends.
import { splitNote } from '@/lib/content/front-matter';
import { EditRefused, setField } from '@/lib/links/front-matter-edit';
import { titleIsUrl } from './fillable';

/** What to put in a note: a title for one that is its URL, a summary for one that has none. */
export type Fill = { url: string; title?: string; summary?: string };

/**
 * The note with `summary` below its front matter, in the file's own line endings; undefined when
 * the note has a summary already.
 */
function fillSummary(text: string, summary: string): string | undefined {
  const note = splitNote(text, () => {});
  if (note === undefined) throw new EditRefused('the note does not read; run npm run check');
  if (note.body.trim() !== '') return undefined;
  // The body is white space alone, so the front matter's closing line is the file's last.
  const ending = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const lines = summary.trimEnd().split('\n');
  return `${text.trimEnd()}${ending}${lines.join(ending)}${ending}`;
}

/**
 * The note's text with `fill` applied where the note still lacks it, or undefined when there is
 * nothing to change. Throws EditRefused when the title cannot be edited safely.
 */
export function enrichText(text: string, { url, title, summary }: Fill): string | undefined {
  const titled =
    title === undefined ? undefined : setField(text, 'title', (now) => (titleIsUrl(now, url) ? title : undefined));
  const after = titled ?? text;
  const filled = summary === undefined ? undefined : fillSummary(after, summary);
  return filled ?? titled;
}
