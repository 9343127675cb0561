// `npm run enrich`: fills what an import left empty from the pages themselves: a note whose title
// is its URL gets the page's title, a note with no summary the page's description as a quote
// (docs/importing.md). Titles and summaries the owner wrote are never touched. The work is in lib/enrich/.
import { SingleBar } from 'cli-progress';
import { lockContent } from '@/lib/authoring/lock';
import { fail, LONGEST_TIMER_SECONDS, type NumberRule, numberFlag, options, orFail } from '@/lib/cli';
import { checkProblems } from '@/lib/content/check';
import { ContentChecker } from '@/lib/content/checker';
import { everyNote } from '@/lib/content/indexing';
import { indexFolder, notesDir, readFolder } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { readPageCache, writePageCache } from '@/lib/enrich/cache';
import { type EnrichTarget, fillNotes } from '@/lib/enrich/fill';
import { fillableOf } from '@/lib/enrich/fillable';
import { readPages } from '@/lib/enrich/pages';
import { closingLine, outcomeLine } from '@/lib/enrich/report';
import { CACHE_FILE, CACHE_MAX_AGE_DAYS } from '@/lib/enrich/settings';
import { POOL_DEFAULTS } from '@/lib/links/settings';
import { displayPath } from '@/lib/messages';
import { PAGE_DEFAULTS } from '@/lib/web/page';

const USAGE = `usage: npm run enrich -- [--dry-run] [--limit N] [--drafts] [--fresh] [--pause S] [--timeout S] [--cache FILE]

Fills, from each page, the title of a note whose title is its URL and the empty summary of a note
(the page's description, quoted). Never touches a title or summary the owner wrote.

  --dry-run    say what would change; write nothing (notes nor cache)
  --limit N    at most N notes this run
  --drafts     drafts and unwritten notes too (private bookmarks: their pages are asked only when told)
  --fresh      ask every page again, ignoring what the cache kept (${CACHE_FILE})
  --pause S    seconds between two requests to one host (default ${POOL_DEFAULTS.hostPauseMs / 1000})
  --timeout S  seconds for reading one page (default ${PAGE_DEFAULTS.timeoutMs / 1000})
  --cache FILE where pages' titles and descriptions are kept between runs (default ${CACHE_FILE})`;

const { values } = options('enrich', USAGE, {
  options: {
    'dry-run': { type: 'boolean', default: false },
    limit: { type: 'string' },
    drafts: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    pause: { type: 'string', default: String(POOL_DEFAULTS.hostPauseMs / 1000) },
    timeout: { type: 'string', default: String(PAGE_DEFAULTS.timeoutMs / 1000) },
    cache: { type: 'string', default: CACHE_FILE },
  },
});

/** A flag's value as a number within `rule`, else one line and exit 1. */
function numberOption(name: 'timeout' | 'pause' | 'limit', value: string, rule: NumberRule): number {
  const parsed = numberFlag('enrich', name, value, rule);
  return 'number' in parsed ? parsed.number : fail(parsed.problem);
}

const dryRun = values['dry-run'];
const timeoutMs =
  numberOption('timeout', values.timeout, { unit: 'seconds', min: 0.001, max: LONGEST_TIMER_SECONDS }) * 1000;
const hostPauseMs = numberOption('pause', values.pause, { unit: 'seconds', min: 0, max: LONGEST_TIMER_SECONDS }) * 1000;
const limit =
  values.limit === undefined
    ? Number.POSITIVE_INFINITY
    : numberOption('limit', values.limit, { unit: 'notes', min: 1, whole: true });

const dir = notesDir();
// Notes are read under the lock, so that no import or new note lands between reading and rewriting.
if (!dryRun) orFail('enrich', () => lockContent(dir, 'enrich', { onWait: console.error }));
// Read once: the notes to fill come from it, and each rewrite is checked against it (ContentChecker).
const folder = orFail(displayPath(dir), () => readFolder(dir));
const loaded = indexFolder(folder);
const problems = checkProblems(loaded, dir);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  fail('enrich: the notes have problems; fix them first (npm run check).');
}

const { library } = loaded;
const notes = values.drafts ? everyNote(library) : library.notes;
const targets: EnrichTarget[] = notes
  .map((note) => ({ file: displayPath(dir, `${note.slug}.md`), url: note.url, fillable: fillableOf(note) }))
  .filter(({ fillable }) => fillable.title || fillable.summary)
  .sort((a, b) => (a.file < b.file ? -1 : 1))
  .slice(0, limit);

const { cache, warnings } = readPageCache(values.cache);
for (const warning of warnings) console.error(`warning: ${warning}`);
const bar = process.stderr.isTTY
  ? new SingleBar({ format: 'reading pages [{bar}] {value}/{total}', hideCursor: true })
  : undefined;
const pages = await readPages(
  targets.map((target) => target.url),
  {
    page: { ...PAGE_DEFAULTS, timeoutMs },
    pool: { ...POOL_DEFAULTS, hostPauseMs },
    cache,
    fresh: values.fresh,
    maxAgeDays: CACHE_MAX_AGE_DAYS,
    onProgress: (asked, total) => (asked === 0 ? bar?.start(total, 0) : bar?.update(asked)),
  },
);
bar?.stop();
if (!dryRun) orFail(values.cache, () => writePageCache(values.cache, cache));

const checker = new ContentChecker(folder);
const withPages = targets.map((target) => {
  const page = pages.facts.get(target.url);
  // Every URL was either taken from the cache or asked above; a miss is a bug here, not a user's problem.
  if (page === undefined) throw new Error(`enrich: no page for ${target.url}`);
  return { target, page };
});
const outcomes = fillNotes(withPages, checker, dryRun);
for (const outcome of outcomes) {
  if (outcome.kind === 'refused') console.error(outcomeLine(outcome, dryRun));
  else console.log(outcomeLine(outcome, dryRun));
}
console.log(closingLine(outcomes, pages, dryRun));
