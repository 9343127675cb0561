// `npm run import -- <file> [--format F] [--tag imported] [--folders-as-tags] [--dry-run] [--verbose]`:
// turns a bookmark export into notes (docs/importing.md). Skips what is already noted or not a web
// page, never overwrites, writes only notes that pass `npm run check`, keeps private bookmarks as
// drafts, and says what became of every entry.
import { SingleBar } from 'cli-progress';
import { oneLine, today } from '@/lib/authoring';
import { outDir } from '@/lib/config.mjs';
import { loadNotes, notesDir } from '@/lib/content/load';
import { lockContent } from '@/lib/content-lock';
import { Importing } from '@/lib/import/importing';
import { exportFile, importerFor } from '@/lib/import/registry';
import { sizeEstimate } from '@/lib/import/site-estimate';
import { survey } from '@/lib/import/survey';
import { dayAfter } from '@/lib/import/fields';
import { fail, messageOf, options, orFail } from './cli';

const USAGE =
  'usage: npm run import -- <file> [--format F] [--tag imported] [--folders-as-tags] [--dry-run] [--verbose]';

const { values, positionals } = options('import', {
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
const source = positionals[0];
const fallbackTag = oneLine(values.tag);
if (fallbackTag === '') fail('import: --tag must not be empty');

/** Runs `work`; a failure is one line naming the export, and nothing was written. */
async function orRefuse<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? `cannot read: ${messageOf(error)}` : messageOf(error);
    fail(`${source}: ${reason}; nothing was written`);
  }
}

const file = await orRefuse(() => exportFile(source));
const importer = await orRefuse(() => importerFor(file, values.format));
const label = `${source} (${importer.label})`;
// The first pass reads the whole export before anything is written, so a file that breaks off
// halfway is refused whole.
const surveyed = await orRefuse(() => survey(importer.read(file), dayAfter(today())));
if (surveyed.entries === 0) fail(`${label}: holds no bookmarks; nothing was written`);

const dir = notesDir();
const dryRun = values['dry-run'];
// What is already noted is read under the lock, so that a second run sees what the first wrote.
if (!dryRun) orFail('import', () => lockContent(dir, 'import', { onWait: console.error }));
const importing = orFail(`import: ${dir}`, () => {
  const opts = { fallbackTag, foldersAsTags: values['folders-as-tags'], dryRun, verbose: values.verbose, today: today() };
  return new Importing(dir, opts, surveyed);
});
const bar = process.stderr.isTTY
  ? new SingleBar({ format: 'importing [{bar}] {value}/{total}', hideCursor: true })
  : undefined;
bar?.start(surveyed.entries, 0);
try {
  for await (const entry of importer.read(file)) {
    importing.take(entry);
    bar?.increment();
  }
} catch (error) {
  // Only when the file changed since the first pass read it whole.
  bar?.stop();
  fail(`${source}: ${messageOf(error)}; stopped after ${importing.report.done} entries`);
}
bar?.stop();

const lines = importing.report.render(label, dryRun);
if (dryRun) {
  const published = loadNotes(dir).library.notes.length + importing.report.counts.imported - importing.report.drafts;
  lines.push(sizeEstimate(outDir, published));
}
console.log(lines.join('\n'));
