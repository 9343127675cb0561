// What `npm run check` and `next build` check before anything is built: the site's settings (the
// identity file, the address variables), every note by the build's rules, two notes of one page
// (an error), tags that are probably one and unfinished summaries (warnings).

import { duplicateUrls, similarTags } from '@/lib/content/duplicates';
import { displayPath } from '@/lib/messages';
import { settingProblems } from '@/lib/settings/config.mjs';
import { type LoadResult, loadNotes } from './load';
import { type ContentProblem, formatProblem } from './problems';
import { skeletonSummaries } from './skeleton';

/** Every error `npm run check` reports of a loaded folder: each note's problems, the folder's, duplicate URLs. */
export function checkProblems(loaded: LoadResult, dir: string): ContentProblem[] {
  return [...loaded.problems, ...duplicateUrls(loaded.library, dir)];
}

/** What a check of the content folder found. */
export type Findings = { problems: ContentProblem[]; warnings: string[]; notes: number; drafts: number; tags: number };

/** Checks the settings and the content folder `dir`; a folder that cannot be read is one problem. */
export function checkContent(dir: string): Findings {
  const findings: Findings = { problems: [...settingProblems], warnings: [], notes: 0, drafts: 0, tags: 0 };
  try {
    const loaded = loadNotes(dir);
    const { library } = loaded;
    findings.problems.push(...checkProblems(loaded, dir));
    findings.warnings.push(...skeletonSummaries(library.notes, dir), ...similarTags(library.tags));
    Object.assign(findings, { notes: library.notes.length, drafts: library.drafts.length, tags: library.tags.length });
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

/** The findings as the lines a person reads: problems and warnings (stderr), then one summary line. */
export function findingLines({ problems, warnings, notes, drafts, tags }: Findings, dir: string) {
  const lines = [...problems.map(formatProblem), ...warnings.map((warning) => `warning: ${warning}`)];
  if (problems.length === 0) {
    return {
      lines,
      summary: `${plural(notes, 'note')} (${plural(drafts, 'draft')} left out), ${plural(tags, 'tag')}: no problems.`,
    };
  }
  const files = new Set(problems.map((problem) => problem.file)).size;
  return {
    lines,
    summary: `${plural(problems.length, 'problem')} in ${plural(files, 'file')} of ${displayPath(dir)}; fix them and run again.`,
  };
}
