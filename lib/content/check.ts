// What `npm run check` and `next build` check before anything is built: the site's settings (the
// identity file, the address variables), every note by the build's rules, two notes of one page
// (an error), tags that are probably one (warnings); and which notes are unwritten, left out.

import { duplicateUrls, noteFile, similarTags } from '@/lib/content/duplicates';
import { displayPath } from '@/lib/messages';
import { settingProblems } from '@/lib/settings/config.mjs';
import { type LoadResult, loadNotes } from './load';
import { type ContentProblem, formatProblem } from './problems';

/** Every error `npm run check` reports of a loaded folder: each note's problems, the folder's, duplicate URLs. */
export function checkProblems(loaded: LoadResult, dir: string): ContentProblem[] {
  return [...loaded.problems, ...duplicateUrls(loaded.library, dir)];
}

/** What a check of the content folder found; `unwritten` names the files of unwritten notes. */
export type Findings = {
  problems: ContentProblem[];
  warnings: string[];
  notes: number;
  drafts: number;
  unwritten: string[];
  tags: number;
};

/** Checks the settings and the content folder `dir`; a folder that cannot be read is one problem. */
export function checkContent(dir: string): Findings {
  const findings: Findings = {
    problems: [...settingProblems],
    warnings: [],
    notes: 0,
    drafts: 0,
    unwritten: [],
    tags: 0,
  };
  try {
    const loaded = loadNotes(dir);
    const { library } = loaded;
    findings.problems.push(...checkProblems(loaded, dir));
    findings.warnings.push(...similarTags(library.tags));
    Object.assign(findings, {
      notes: library.notes.length,
      drafts: library.drafts.length,
      unwritten: library.unwritten.map((note) => noteFile(dir, note.slug)).sort(),
      tags: library.tags.length,
    });
  } catch (error) {
    // A missing or unreadable folder is the one failure that is not a note's fault.
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    const reason = code === 'ENOENT' ? 'no such folder' : String(error);
    const message = `${reason} (the notes are read from NOTES_DIR, else content/)`;
    findings.problems.push({ file: displayPath(dir), field: 'notes', message });
  }
  return findings;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The findings as the lines a person reads: problems and warnings (stderr), then the summary: when
 * all is well, the unwritten notes' files on a line of their own and what was counted, left out.
 */
export function findingLines({ problems, warnings, notes, drafts, unwritten, tags }: Findings, dir: string) {
  const lines = [...problems.map(formatProblem), ...warnings.map((warning) => `warning: ${warning}`)];
  if (problems.length === 0) {
    const leftOut = [plural(drafts, 'draft'), ...(unwritten.length > 0 ? [`${unwritten.length} unwritten`] : [])];
    const counts = `${plural(notes, 'note')} (${leftOut.join(', ')} left out), ${plural(tags, 'tag')}: no problems.`;
    const listed =
      unwritten.length > 0 ? [`${plural(unwritten.length, 'unwritten note')}: ${unwritten.join(', ')}`] : [];
    return { lines, summary: [...listed, counts].join('\n') };
  }
  const files = new Set(problems.map((problem) => problem.file)).size;
  return {
    lines,
    summary: `${plural(problems.length, 'problem')} in ${plural(files, 'file')} of ${displayPath(dir)}; fix them and run again.`,
  };
}
