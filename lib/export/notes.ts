// What `npm run export` writes: every note of a content folder that passes `npm run check`, with
// each field as its file holds it (tags as written, before tags.yml's aliases), newest first.
import { checkProblems } from '@/lib/content/check';
import { indexFolder, readFolder } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { quantity } from '@/lib/text';

/** A note as an export holds it: every front-matter field, and the summary as written. */
export type ExportedNote = {
  slug: string;
  title: string;
  url: string;
  tags: string[];
  date: string;
  draft: boolean;
  dead: string | null;
  summary: string;
};

/** The notes of `dir`, newest first (drafts too when `drafts`); throws the check's first problems when it fails. */
export function exportedNotes(dir: string, drafts: boolean): ExportedNote[] {
  const folder = readFolder(dir);
  const problems = checkProblems(indexFolder(folder), dir);
  if (problems.length > 0) {
    const more =
      problems.length > 1 ? ` (and ${quantity(problems.length - 1, 'more problem')}; npm run check lists them)` : '';
    throw new Error(`${formatProblem(problems[0])}${more}; nothing was exported`);
  }
  const notes: ExportedNote[] = [];
  for (const { note, leftOut, spellings = [] } of folder.parsed) {
    // An unwritten note (the skeleton's placeholders) is left out like a draft, and comes with `--drafts`.
    if (note === undefined || (leftOut !== undefined && !drafts)) continue;
    const draft = leftOut === 'draft';
    const { slug, title, url, date, dead, summaryMarkdown } = note;
    notes.push({ slug, title, url, tags: spellings, date, draft, dead: dead ?? null, summary: summaryMarkdown });
  }
  return notes.sort((a, b) => (a.date === b.date ? a.slug.localeCompare(b.slug) : a.date < b.date ? 1 : -1));
}
