// `npm run import -- <file> [--format F] [--tag imported] [--folders-as-tags] [--dry-run] [--verbose]`:
// turns a bookmark export into notes (docs/importing.md). Skips what is already noted or not a web
// page, never overwrites (a note already there only gains the export's highlights, by a proven
// rewrite), writes only notes that pass `npm run check`, keeps private bookmarks as drafts, and
// says what became of every entry.
import { SingleBar } from 'cli-progress';
import { clearInterruptedWrites, oneLine, today } from '@/lib/authoring';
import { lockContent } from '@/lib/authoring/lock';
import { fail, messageOf, options, orFail } from '@/lib/cli';
import { loadNotes, notesDir } from '@/lib/content/load';
import { ImportError, runImport } from '@/lib/import/run';
import { sizeEstimate } from '@/lib/import/site-estimate';
import { outDir } from '@/lib/settings/config.mjs';

const USAGE =
  'usage: npm run import -- <file> [--format F] [--tag imported] [--folders-as-tags] [--dry-run] [--verbose]';
const HELP = `${USAGE}

Turns a bookmarks export into notes in the content folder (NOTES_DIR, else content/). Skips what is
already noted or not a web page, never overwrites, keeps private bookmarks as drafts, and says what
became of every entry (docs/importing.md).

  --format F         reads the file as format F instead of guessing (docs/importing.md lists them)
  --tag NAME         the tag of a bookmark that has none (default: imported)
  --folders-as-tags  adds each bookmark's folders as tags
  --dry-run          says what it would do and how large the site would be, writing nothing
  --verbose          lists every bookmark's outcome, not only the first three of each`;

const { values, positionals } = options('import', HELP, {
  allowPositionals: true,
  options: {
    format: { type: 'string' },
    tag: { type: 'string', default: 'imported' },
    'folders-as-tags': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) fail(USAGE);
const fallbackTag = oneLine(values.tag);
if (fallbackTag === '') fail('import: --tag must not be empty');

const dir = notesDir();
const dryRun = values['dry-run'];
// What is already noted is read under the lock, so that a second run sees what the first wrote.
if (!dryRun) {
  orFail('import', () => lockContent(dir, 'import', { onWait: console.error }));
  orFail(`import: ${dir}`, () => clearInterruptedWrites(dir));
}
const bar = process.stderr.isTTY
  ? new SingleBar({ format: 'importing [{bar}] {value}/{total}', hideCursor: true })
  : undefined;
try {
  const { label, report } = await runImport(
    positionals[0],
    dir,
    {
      format: values.format,
      fallbackTag,
      foldersAsTags: values['folders-as-tags'],
      dryRun,
      verbose: values.verbose,
      today: today(),
    },
    bar && { start: (total) => bar.start(total, 0), tick: () => bar.increment() },
  );
  bar?.stop();
  const lines = report.render(label, dryRun);
  if (dryRun) {
    const published = loadNotes(dir).library.notes.length + report.counts.imported - report.drafts;
    lines.push(sizeEstimate(outDir, published));
  }
  console.log(lines.join('\n'));
} catch (error) {
  bar?.stop();
  fail(error instanceof ImportError ? error.message : `import: ${dir}: ${messageOf(error)}`);
}
