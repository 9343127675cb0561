// `npm run new -- <url> [--title "…"] [--tags "a, b"] [--date YYYY-MM-DD]`: starts a note for a
// link in the content folder and prints its path. Offline; never overwrites; refuses a URL that
// is already noted.
import { parseArgs } from 'node:util';
import { existingNotes, noteSlug, today, urlSlug, writeNote } from '../lib/authoring';
import { isCalendarDate, notesDir } from '../lib/notes';
import { normalizeUrl, parseWebUrl } from '../lib/urls';

const SKELETON = `- **What it is:** …
- **Key points:**
  - …
- **Why it matters:** …`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function main() {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions();
  } catch (error) {
    fail(`new: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { values, positionals } = parsed;
  const usage = 'usage: npm run new -- <url> [--title "…"] [--tags "a, b"] [--date YYYY-MM-DD]';
  if (positionals.length !== 1)
    fail(positionals.length === 0 ? `new: a URL is needed; ${usage}` : `new: one URL at a time; ${usage}`);
  const url = parseWebUrl(positionals[0]);
  if (url === null) fail(`new: url: must be an absolute http(s) URL (got ${JSON.stringify(positionals[0])})`);
  const date = values.date ?? today();
  if (!isCalendarDate(date)) fail(`new: date: must be a real date as YYYY-MM-DD (got ${JSON.stringify(date)})`);
  const title = values.title?.trim();
  if (values.title !== undefined && !title) fail('new: title: must not be empty');
  const tags = (values.tags ?? 'unsorted')
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  if (tags.length === 0) fail(`new: tags: must name at least one tag (got ${JSON.stringify(values.tags)})`);

  const dir = notesDir();
  const existing = existingNotes(dir);
  const noted = existing.byUrl.get(normalizeUrl(url.href));
  if (noted) fail(`new: url: already noted in ${noted}`);
  const slug = title ? noteSlug(title) : urlSlug(url.href);
  if (existing.slugs.has(slug)) fail(`new: ${dir}/${slug}.md exists already; give another --title`);

  const file = writeNote(dir, slug, { title: title ?? url.href, url: url.href, tags, date, summary: SKELETON });
  console.log(file);
}

function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: { title: { type: 'string' }, tags: { type: 'string' }, date: { type: 'string' } },
  });
}

main();
