// `npm run check [-- --json]`: validates every note in the content folder (NOTES_DIR or content/)
// the way the build does, plus what only a person can settle: two notes of one page (an error),
// tags that are probably one and summaries still holding npm run new's skeleton (warnings).
// `npm run build` runs it first.

import { loadNotes, notesDir } from '@/lib/content/load';
import { type ContentProblem, formatProblem } from '@/lib/content/problems';
import { skeletonSummaries } from '@/lib/content/skeleton';
import { checkProblems } from '@/lib/content-check';
import { similarTags } from '@/lib/duplicates';
import { options } from './cli';

const { values } = options('check', { options: { json: { type: 'boolean', default: false } } });
const dir = notesDir();

type Findings = { problems: ContentProblem[]; warnings: string[]; notes: number; drafts: number; tags: number };

function findings(): Findings {
  const loaded = loadNotes(dir);
  const { library } = loaded;
  return {
    problems: checkProblems(loaded, dir),
    warnings: [...skeletonSummaries(library.notes, dir), ...similarTags(library.tags)],
    notes: library.notes.length,
    drafts: library.drafts.length,
    tags: library.tags.length,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function report({ problems, warnings, notes, drafts, tags }: Findings) {
  if (values.json) {
    console.log(JSON.stringify({ ok: problems.length === 0, problems, warnings, notes, drafts, tags }, null, 2));
  } else {
    for (const problem of problems) console.error(formatProblem(problem));
    for (const warning of warnings) console.error(`warning: ${warning}`);
    if (problems.length > 0) {
      const files = new Set(problems.map((problem) => problem.file)).size;
      console.error(
        `${plural(problems.length, 'problem')} in ${plural(files, 'file')} of ${dir}; fix them and run again.`,
      );
    } else {
      console.log(
        `${plural(notes, 'note')} (${plural(drafts, 'draft')} left out), ${plural(tags, 'tag')}: no problems.`,
      );
    }
  }
  if (problems.length > 0) process.exitCode = 1;
}

try {
  report(findings());
} catch (error) {
  // A missing or unreadable folder is the one failure that is not a note's fault.
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const reason = code === 'ENOENT' ? 'no such folder' : String(error);
  const problem = {
    file: dir,
    field: 'notes',
    message: `${reason} (the notes are read from NOTES_DIR, else content/)`,
  };
  if (values.json) console.log(JSON.stringify({ ok: false, problems: [problem], warnings: [] }, null, 2));
  else console.error(`${dir}: ${problem.message}`);
  process.exitCode = 1;
}
