// `npm run new -- <url> [--title "…"] [--tags "a, b"] [--date YYYY-MM-DD]`: starts a note for a
// link in the content folder and prints its path. Offline; never overwrites; refuses a URL that
// is already noted; writes only what passes `npm run check`.
import {
  clearInterruptedWrites,
  existingNotes,
  noteSlug,
  oneLine,
  SUMMARY_SKELETON,
  tagNamer,
  today,
  writeNote,
} from '@/lib/authoring';
import { lockContent } from '@/lib/authoring/lock';
import { fail, messageOf, options, orFail } from '@/lib/cli';
import { notesDir } from '@/lib/content/load';
import { isCalendarDate } from '@/lib/dates';
import { normalizeUrl, notWebUrlMessage, parseWebUrl } from '@/lib/urls';

const USAGE = 'usage: npm run new -- <url> [--title "…"] [--tags "a, b"] [--date YYYY-MM-DD]';

const { values, positionals } = options('new', {
  allowPositionals: true,
  options: { title: { type: 'string' }, tags: { type: 'string' }, date: { type: 'string' } },
});
if (positionals.length !== 1)
  fail(positionals.length === 0 ? `new: a URL is needed; ${USAGE}` : `new: one URL at a time; ${USAGE}`);
const url = parseWebUrl(positionals[0]);
if (url === null) fail(`new: url: ${notWebUrlMessage(positionals[0], JSON.stringify(positionals[0]))}`);
const date = values.date ?? today();
if (!isCalendarDate(date)) fail(`new: date: must be a real date as YYYY-MM-DD (got ${JSON.stringify(date)})`);
const title = values.title === undefined ? undefined : oneLine(values.title);
if (title === '') fail('new: title: must not be empty');
const rawTags = (values.tags ?? 'unsorted').split(',').map(oneLine).filter(Boolean);
if (rawTags.length === 0) fail(`new: tags: must name at least one tag (got ${JSON.stringify(values.tags)})`);

const dir = notesDir();
// What is already noted is read under the lock, so that a second run sees what the first wrote.
orFail('new', () => lockContent(dir, 'new', { onWait: console.error }));
orFail(`new: ${dir}`, () => clearInterruptedWrites(dir));
const existing = orFail(`new: ${dir}`, () => existingNotes(dir));
if (existing.interrupted.length > 0)
  fail(`${existing.interrupted.join('\n')}\nnew: nothing was written; delete or finish the note(s) above first`);
const noted = existing.byUrl.get(normalizeUrl(url.href));
if (noted) fail(`new: url: already noted in ${noted}`);
const slug = noteSlug(title, url.href, date);
if (existing.slugs.has(slug)) fail(`new: ${dir}/${slug}.md exists already; give another --title`);
const tags = [...new Set(rawTags.map(tagNamer(existing.tags)))];
try {
  console.log(
    writeNote(
      dir,
      slug,
      { title: title ?? url.href, url: url.href, tags, date, summary: SUMMARY_SKELETON },
      existing.aliases,
    ),
  );
} catch (error) {
  fail(`new: ${messageOf(error)}; nothing was written`);
}
