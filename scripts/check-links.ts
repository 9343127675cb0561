// `npm run check-links`: asks every noted URL whether it still answers and reports dead, moved,
// failing-for-now and fine links (README, "Dead links"). The work is in lib/links/.
import { SingleBar } from 'cli-progress';
import { fail, LONGEST_TIMER_SECONDS, type NumberRule, numberFlag, options, orFail } from '@/lib/cli';
import { checkProblems } from '@/lib/content/check';
import { ContentChecker } from '@/lib/content/checker';
import { everyNote } from '@/lib/content/indexing';
import { indexFolder, notesDir, readFolder } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { readCache, writeCache } from '@/lib/links/cache';
import { linkJson, linkMarkdown, linkSummary, linkTable } from '@/lib/links/report';
import { checkLinks, type LinkTarget } from '@/lib/links/run';
import { CACHE_FILE, CACHE_MAX_AGE_DAYS, POOL_DEFAULTS, PROBE_DEFAULTS } from '@/lib/links/settings';
import { fixMovedNotes, markDeadNotes, type NoteUpdates } from '@/lib/links/update-notes';
import { displayPath } from '@/lib/messages';

const HELP = `usage: npm run check-links [-- --strict] [--json | --markdown] [--fix-moved] [--mark] …

Asks every published note's URL whether it still answers, and prints dead, moved, failing-for-now
and fine links, worst first, then one line (docs/dead-links.md).

  --drafts         checks the links of drafts and unwritten notes as well
  --fresh          asks every URL again, ignoring cached answers
  --max-age D      how many days a fine or moved answer is reused (default ${CACHE_MAX_AGE_DAYS})
  --timeout S      seconds to wait for one answer (default ${PROBE_DEFAULTS.timeoutMs / 1000})
  --pause S        seconds between two requests to one host (default ${POOL_DEFAULTS.hostPauseMs / 1000})
  --cache FILE     where results are kept (default ${CACHE_FILE})
  --json           the results as JSON, for scripts
  --markdown       the results as markdown tables, for a GitHub job summary
  --strict         exit code 1 when any link is dead
  --fix-moved      sets the url of each note whose link moved permanently to where it went
  --mark           adds dead: YYYY-MM-DD where a link was dead on two checks a day apart; removes it
                   when the link answers again`;

const { values } = options('check-links', HELP, {
  options: {
    drafts: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'fix-moved': { type: 'boolean', default: false },
    mark: { type: 'boolean', default: false },
    timeout: { type: 'string', default: String(PROBE_DEFAULTS.timeoutMs / 1000) },
    pause: { type: 'string', default: String(POOL_DEFAULTS.hostPauseMs / 1000) },
    'max-age': { type: 'string', default: String(CACHE_MAX_AGE_DAYS) },
    cache: { type: 'string', default: CACHE_FILE },
  },
});

const optionProblems: string[] = [];

/** A flag's value as a number within `rule`; a problem noted for each that is not. */
function numberOption(name: 'timeout' | 'pause' | 'max-age', rule: NumberRule): number {
  const parsed = numberFlag('check-links', name, values[name], rule);
  if ('problem' in parsed) optionProblems.push(parsed.problem);
  return 'number' in parsed ? parsed.number : Number.NaN;
}

if (values.json && values.markdown) optionProblems.push('check-links: --json and --markdown: choose one');
const timeoutMs = numberOption('timeout', { unit: 'seconds', min: 0.001, max: LONGEST_TIMER_SECONDS }) * 1000;
const hostPauseMs = numberOption('pause', { unit: 'seconds', min: 0, max: LONGEST_TIMER_SECONDS }) * 1000;
const maxAgeDays = numberOption('max-age', { unit: 'days', min: 0 });
if (optionProblems.length > 0) fail(optionProblems.join('\n'));
const dir = notesDir();
// Read once: the run checks the notes by it, and each rewrite is checked against it (ContentChecker).
const folder = orFail(displayPath(dir), () => readFolder(dir));
const loaded = indexFolder(folder);
const { library } = loaded;
const problems = checkProblems(loaded, dir);
if (problems.length > 0) {
  if (values.json) console.log(JSON.stringify({ ok: false, problems }, null, 2));
  else for (const problem of problems) console.error(formatProblem(problem));
  fail('check-links: the notes have problems; fix them first (npm run check).');
}

const notes = values.drafts ? everyNote(library) : library.notes;
const targets: LinkTarget[] = notes
  .map((note) => ({ file: displayPath(dir, `${note.slug}.md`), url: note.url }))
  .sort((a, b) => (a.file < b.file ? -1 : 1));
const { cache, warnings } = readCache(values.cache);
for (const warning of warnings) console.error(`warning: ${warning}`);

const bar =
  process.stderr.isTTY && !values.json && !values.markdown
    ? new SingleBar({ format: 'checking links [{bar}] {value}/{total}', hideCursor: true })
    : undefined;
const rows = await checkLinks(targets, {
  probe: { ...PROBE_DEFAULTS, timeoutMs },
  pool: { ...POOL_DEFAULTS, hostPauseMs },
  cache,
  fresh: values.fresh,
  maxAgeDays,
  onProgress: (asked, total) => (asked === 0 ? bar?.start(total, 0) : bar?.update(asked)),
});
bar?.stop();
orFail(values.cache, () => writeCache(values.cache, cache));

// Only a permanent move to a working page is rewritten, and only what proves safe; each note keeps every other byte.
const checker = new ContentChecker(folder);
const none: NoteUpdates<never> = { changed: [], refused: [] };
const fixes = values['fix-moved'] ? fixMovedNotes(rows, checker) : none;
// Dead on two checks a day apart: `dead:` with the day it was first found so; answering again: cleared.
const marks = values.mark ? markDeadNotes(rows, cache, checker, new Date()) : none;
for (const line of [...fixes.refused, ...marks.refused]) console.error(line);
const fixed = fixes.changed;
const marked = marks.changed.flatMap(({ file, dead }) => (dead === null ? [] : [{ file, dead }]));
const cleared = marks.changed.flatMap(({ file, dead }) => (dead === null ? [file] : []));

if (values.json) {
  console.log(JSON.stringify({ ...linkJson(rows), fixed, marked, cleared }, null, 2));
} else if (values.markdown) {
  console.log(linkMarkdown(rows));
  for (const file of fixed) console.log(`- \`${file}\`: url rewritten to where it moved`);
  for (const { file, dead } of marked) console.log(`- \`${file}\`: \`dead: ${dead}\` added`);
  for (const file of cleared) console.log(`- \`${file}\`: \`dead:\` removed; the link answers again`);
} else {
  if (rows.length > 0) console.log(`${linkTable(rows)}\n`);
  for (const file of fixed) console.log(`${file}: url: rewritten to where it moved`);
  for (const { file, dead } of marked)
    console.log(`${file}: dead: ${dead} added; its title now links the archived copy`);
  for (const file of cleared) console.log(`${file}: dead: removed; the link answers again`);
  console.log(linkSummary(rows));
}
if (values.strict && rows.some((row) => row.result.verdict === 'dead')) process.exitCode = 1;
