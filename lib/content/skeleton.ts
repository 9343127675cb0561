// Notes whose summary is still the skeleton `npm run new` and /add/ write (SUMMARY_SKELETON in
// lib/authoring/new-note.ts): published as
// is, a page of "…" would go out. A warning, not an error: the note is valid, only unfinished.
import { displayPath } from '@/lib/messages';
import type { Note } from './note';
import { formatProblem } from './problems';

// A skeleton line: a bullet holding only "…", after an optional bold label ("- **What it is:** …").
const PLACEHOLDER = /^[ \t]*-[ \t]+(?:\*\*[^*\n]+\*\*[ \t]*)?…[ \t]*$/m;

/** One `file: summary: …` line per published note whose summary still has skeleton placeholders. */
export function skeletonSummaries(notes: Note[], dir: string): string[] {
  return notes
    .filter((note) => PLACEHOLDER.test(note.summaryMarkdown))
    .map((note) =>
      formatProblem({
        file: displayPath(dir, `${note.slug}.md`),
        field: 'summary',
        message: 'still has the "…" placeholders of npm run new; write the summary, or mark the note draft: true',
      }),
    );
}
