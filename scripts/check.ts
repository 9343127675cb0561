// `npm run check`: validates every note in the content folder (NOTES_DIR or content/) and prints
// each problem on one line. `npm run build` runs it first so that bad notes never reach Next.js.
import { formatProblem, loadNotes, notesDir } from '../lib/notes';

const dir = notesDir();
try {
  const { library, problems } = loadNotes(dir);
  for (const problem of problems) console.error(formatProblem(problem));
  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    console.error(`${problems.length} problem(s) in ${files} file(s); nothing was built.`);
    process.exitCode = 1;
  } else {
    console.log(
      `${library.notes.length} notes (${library.drafts} drafts left out), ${library.tags.length} tags: no problems.`,
    );
  }
} catch (error) {
  // A missing or unreadable folder is the one failure that is not a note's fault.
  console.error(`${dir}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
