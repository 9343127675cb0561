// `npm run new -- <url> [--title "…"] [--tags "a, b"] [--date YYYY-MM-DD] [--offline]
// [--draft-summary] [--timeout seconds]`: starts a note for a link in the content folder and prints
// its path. Reads the page (lib/web/page.ts) for its title, description and tags unless --offline;
// never overwrites; refuses a URL that is already noted; writes only what passes `npm run check`.
import {
  clearInterruptedWrites,
  existingNotes,
  noteSlug,
  oneLine,
  pageQuote,
  pageTitle,
  SUMMARY_SKELETON,
  tagNamer,
  today,
  writeNote,
} from '@/lib/authoring';
import { chooseTags, knownTags, mergeChoices, siteTags, tagChoiceLine, UNSORTED } from '@/lib/authoring/choose-tags';
import { draftSummary } from '@/lib/authoring/draft-summary';
import { lockContent } from '@/lib/authoring/lock';
import { fail, LONGEST_TIMER_SECONDS, messageOf, numberFlag, options, orFail } from '@/lib/cli';
import { notesDir } from '@/lib/content/load';
import { isCalendarDate } from '@/lib/dates';
import { summaryModel } from '@/lib/settings/config.mjs';
import { normalizeUrl, notWebUrlMessage, parseWebUrl } from '@/lib/urls';
import { PAGE_DEFAULTS, type PageReading, pageSource, readPage, titleFromUrl } from '@/lib/web/page';

const USAGE =
  'usage: npm run new -- <url> [--title "…"] [--tags "a, b"] [--date YYYY-MM-DD] [--offline] [--draft-summary] [--timeout seconds]';
const HELP = `${USAGE}

Starts a note for <url> in the content folder (NOTES_DIR, else content/) and prints its path.
Unless --offline, it reads the page (at most 2 MB, 10 redirects): its title, its description as a
quote, and the site's own tags that fit. The summary is a skeleton to fill in; the note stays off the
site until it is written. Never overwrites a file; refuses a URL that is already noted.

  --title "…"          the note's title, which names its file (default: the page's title)
  --tags "a, b"        its tags, separated by commas (default: the site's tags that fit, else unsorted)
  --date YYYY-MM-DD    its date (default: today)
  --offline            reads nothing: titled with the URL, tagged unsorted
  --draft-summary      a model drafts the summary (SUMMARY_API_URL, SUMMARY_MODEL); written as a draft
  --timeout seconds    how long reading the page may take in all (default ${PAGE_DEFAULTS.timeoutMs / 1000})`;

const { values, positionals } = options('new', HELP, {
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    tags: { type: 'string' },
    date: { type: 'string' },
    offline: { type: 'boolean', default: false },
    'draft-summary': { type: 'boolean', default: false },
    timeout: { type: 'string', default: String(PAGE_DEFAULTS.timeoutMs / 1000) },
  },
});
if (positionals.length !== 1)
  fail(positionals.length === 0 ? `new: a URL is needed; ${USAGE}` : `new: one URL at a time; ${USAGE}`);
const url = parseWebUrl(positionals[0]);
if (url === null) fail(`new: url: ${notWebUrlMessage(positionals[0], JSON.stringify(positionals[0]))}`);
const date = values.date ?? today();
if (!isCalendarDate(date)) fail(`new: date: must be a real date as YYYY-MM-DD (got ${JSON.stringify(date)})`);
const givenTitle = values.title === undefined ? undefined : oneLine(values.title);
if (givenTitle === '') fail('new: title: must not be empty');
const givenTags = values.tags?.split(',').map(oneLine).filter(Boolean);
if (givenTags?.length === 0) fail(`new: tags: must name at least one tag (got ${JSON.stringify(values.tags)})`);
const timeout = numberFlag('new', 'timeout', values.timeout, {
  unit: 'seconds',
  min: 0.001,
  max: LONGEST_TIMER_SECONDS,
});
if ('problem' in timeout) fail(timeout.problem);
const timeoutMs = timeout.number * 1000;
const drafting = values['draft-summary'];
if (drafting && values.offline) fail('new: --draft-summary reads the page, so it cannot go with --offline');
const { apiUrl, model, apiKey } = summaryModel;
if (drafting && (apiUrl === undefined || model === undefined)) {
  const missing = [apiUrl === undefined && 'SUMMARY_API_URL', model === undefined && 'SUMMARY_MODEL'].filter(Boolean);
  fail(
    `new: --draft-summary needs ${missing.join(' and ')} (a chat completions API such as Ollama's http://localhost:11434/v1, and a model; docs/writing-notes.md); nothing was written`,
  );
}

const dir = notesDir();
/** What the content folder holds, refusing a URL it has noted already. */
function notesNow(href: string) {
  const notes = orFail(`new: ${dir}`, () => existingNotes(dir));
  if (notes.interrupted.length > 0)
    fail(`${notes.interrupted.join('\n')}\nnew: nothing was written; delete or finish the note(s) above first`);
  const noted = notes.byUrl.get(normalizeUrl(href));
  if (noted) fail(`new: url: already noted in ${noted}`);
  return notes;
}
// Read once before the page, which may take seconds (a model, minutes), so that a URL noted
// already costs no request; read again under the lock below, which is held only to write.
const known = notesNow(url.href);

// Offline, the note is what it always was: titled with its URL, tagged unsorted, the skeleton.
const reading: PageReading | undefined = values.offline
  ? undefined
  : await readPage(url.href, { ...PAGE_DEFAULTS, timeoutMs }, { text: drafting });
const page = reading?.read ? reading.page : undefined;
// Messages go to stderr: stdout is the new note's path, for scripts.
if (reading && !reading.read) {
  console.error(`page: not read: ${reading.reason}${givenTitle ? '' : '; the title is made from the URL'}`);
}
// The page's title on one line and within the check's length: a page's fault never costs the note.
const readTitle = pageTitle(page?.title);
if (page) {
  const found = [readTitle && `"${readTitle}"`, page.description && 'its description'].filter(Boolean);
  console.error(
    `page: read ${page.finalUrl}${found.length > 0 ? `: ${found.join(' and ')}` : ', which names no title'}`,
  );
}
const namedTitle = givenTitle ?? readTitle;
const title = namedTitle ?? (values.offline ? url.href : titleFromUrl(url.href));
// A title made from the URL names the file as the URL would: `example-org-blog-hello-world`.
const slug = noteSlug(namedTitle, url.href, date);
/** Refuses a file name another note has; asked before the model (whose draft would be lost) and again under the lock. */
function refuseTakenSlug(slugs: ReadonlySet<string>) {
  if (slugs.has(slug)) fail(`new: ${dir}/${slug}.md exists already; give another --title`);
}
refuseTakenSlug(known.slugs);

// The page's own words open the summary, above what its owner writes (or the model drafts).
const opening = page?.description ? `${pageQuote(page.description, pageSource(page))}\n\n` : '';
let summary = `${opening}${SUMMARY_SKELETON}`;
let modelTags: string[] = [];
if (drafting && apiUrl !== undefined && model !== undefined) {
  if (page?.readableText) {
    try {
      const draft = await draftSummary(
        { apiUrl, model, apiKey },
        { title, url: url.href, text: page.readableText },
        siteTags(known.notes),
      );
      summary = `${opening}${draft.summary}`;
      modelTags = draft.tags;
    } catch (error) {
      fail(`new: --draft-summary: ${messageOf(error)}; nothing was written`);
    }
  } else {
    console.error('summary: not drafted, as the page could not be read; the note has the skeleton');
  }
}

/** The tags: as given; else the model's and the site's own that the page fits; else unsorted. */
function tagsOfNote(href: string): string[] {
  if (givenTags) return givenTags;
  if (values.offline) return [UNSORTED];
  const choices = mergeChoices(
    knownTags(modelTags, 'chosen by the model', known.notes, known.aliases),
    chooseTags(href, page ?? {}, known.notes, known.aliases),
  );
  console.error(
    `tags: ${choices.length > 0 ? tagChoiceLine(choices) : `${UNSORTED} (no tag of the site's fits the page)`}`,
  );
  return choices.length > 0 ? choices.map(({ tag }) => tag) : [UNSORTED];
}

const chosenTags = tagsOfNote(url.href);
// What is noted is read again under the lock, so that a second run sees what the first wrote.
orFail('new', () => lockContent(dir, 'new', { onWait: console.error }));
orFail(`new: ${dir}`, () => clearInterruptedWrites(dir));
const existing = notesNow(url.href);
const tags = [...new Set(chosenTags.map(tagNamer(existing.tags)))];
refuseTakenSlug(existing.slugs);
try {
  console.log(
    writeNote(
      dir,
      slug,
      { title, url: url.href, tags, date, summary, ...(drafting && page ? { draft: true } : {}) },
      existing.aliases,
    ),
  );
} catch (error) {
  fail(`new: ${messageOf(error)}; nothing was written`);
}
