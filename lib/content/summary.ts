// A note's summary, rendered when a page or a feed asks for it. Rendering markdown is most of the
// cost of a note, so loading never does it: the check, and build steps that need only titles and
// tags, never pay for it; each note is rendered once per process.
import { type RenderedMarkdown, renderMarkdown } from '@/lib/markdown';
import { displayPath, messageOf } from '@/lib/messages';
import { notesDir } from './load';
import type { Note } from './note';
import { formatProblem } from './problems';

const SUMMARIES = Symbol.for('url-notes.summaries');
// Next.js bundles each route on its own; like the notes' cache (load.ts), the rendered summaries
// live on globalThis so that every route of one build process shares them.
const shared = globalThis as typeof globalThis & { [SUMMARIES]?: WeakMap<Note, RenderedMarkdown> };
shared[SUMMARIES] ??= new WeakMap();
const rendered = shared[SUMMARIES];

/** The note's summary as sanitized HTML and as plain text, rendered on first use. */
export function renderSummary(note: Note): RenderedMarkdown {
  let summary = rendered.get(note);
  if (summary === undefined) {
    try {
      summary = renderMarkdown(note.summaryMarkdown);
    } catch (error) {
      // The check's limits (limits.ts) keep known failures out; anything else must still name
      // the note, not only the page or feed being rendered.
      const file = displayPath(notesDir(), `${note.slug}.md`);
      throw new Error(formatProblem({ file, field: 'summary', message: `cannot be rendered: ${messageOf(error)}` }), {
        cause: error,
      });
    }
    rendered.set(note, summary);
  }
  return summary;
}

/** A note's meta description: its summary's text, cut at a word near 160 characters. */
export function summaryDescription(note: Note): string {
  const { text } = renderSummary(note);
  if (text === '') return `A note on “${note.title}” from ${note.hostname}.`;
  if (text.length <= 160) return text;
  return `${text.slice(0, 160).replace(/\s+\S*$/, '')}…`;
}
