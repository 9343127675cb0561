// `npm run check`: validates every note in the content folder (NOTES_DIR or content/) and prints
// each problem on one line. `npm run build` runs it first so that bad notes never reach Next.js.
import { formatProblem, loadNotes, notesDir } from '../lib/notes';

const dir = notesDir();
try {
  const { library, problems } = loadNotes(dir);
  for (const problem of problems) console.error(formatProblem(problem));
  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    console.error(
      `${plural(problems.length, 'problem')} in ${plural(files, 'file')} of ${dir}; fix them and run again.`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `${plural(library.notes.length, 'note')} (${plural(library.drafts, 'draft')} left out), ${plural(library.tags.length, 'tag')}: no problems.`,
    );
  }
} catch (error) {
  // A missing or unreadable folder is the one failure that is not a note's fault.
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : String(error);
  console.error(`${dir}: ${reason} (the notes are read from NOTES_DIR, else content/)`);
  process.exitCode = 1;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
