// `npm run import -- <file> [--tag imported] [--folders-as-tags] [--dry-run]`: turns a bookmark
// export into notes. Skips what is already noted or not a web page, never overwrites, writes only
// notes that pass `npm run check`, and keeps private bookmarks as drafts.
import { readFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import {
  existingNotes,
  type NoteDraft,
  noteSlug,
  oneLine,
  tagNamer,
  today,
  uniqueSlug,
  writeNote,
} from '@/lib/authoring';
import { type Bookmark, dayAfter, newestDate, readBookmarks } from '@/lib/bookmarks';
import { notesDir } from '@/lib/content/load';
import { lockContent } from '@/lib/content-lock';
import { normalizeUrl, parseWebUrl } from '@/lib/urls';
import { fail, messageOf, options, orFail } from './cli';

const USAGE = 'usage: npm run import -- <file> [--tag imported] [--folders-as-tags] [--dry-run]';

/** Plain text as markdown that renders as the same text. */
function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>#|~&]/g, '\\$&');
}

const { values, positionals } = options('import', {
  allowPositionals: true,
  options: {
    tag: { type: 'string', default: 'imported' },
    'folders-as-tags': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) fail(USAGE);
const source = positionals[0];
let bookmarks: Bookmark[];
let format: string;
try {
  ({ bookmarks, format } = readBookmarks(readFileSync(source, 'utf8')));
} catch (error) {
  const reason = error instanceof Error && 'code' in error ? `cannot read: ${messageOf(error)}` : messageOf(error);
  fail(`${source}: ${reason}; nothing was written`);
}
const fallbackTag = oneLine(values.tag);
if (fallbackTag === '') fail('import: --tag must not be empty');

const dir = notesDir();
// What is already noted is read under the lock, so that a second run sees what the first wrote.
if (!values['dry-run']) orFail('import', () => lockContent(dir, 'import', { onWait: console.error }));
const existing = orFail(`import: ${dir}`, () => existingNotes(dir));
const seen = new Map(existing.byUrl);
const tagName = tagNamer(existing.tags);
const counts = { imported: 0, drafts: 0, duplicates: 0, invalid: 0 };
const bar = process.stderr.isTTY
  ? new SingleBar({ format: 'importing [{bar}] {value}/{total}', hideCursor: true })
  : undefined;
bar?.start(bookmarks.length, 0);

// A bookmark dated after tomorrow (tomorrow allows for time zones) is garbled, not from the future.
const latest = dayAfter(today());
const newest = newestDate(bookmarks, latest);
const undated = newest
  ? { date: newest, why: `no valid date in the export; dated ${newest}, the export's newest date` }
  : { date: today(), why: `no valid date in the export, nor any other bookmark; dated ${today()}, today` };

/** Prints a line about one bookmark above the progress bar. */
function say(line: string) {
  bar?.stop();
  console.error(line);
  bar?.start(bookmarks.length, counts.imported + counts.duplicates + counts.invalid);
}

/** Reports a skipped bookmark on its own line, above the progress bar. */
function skip(kind: 'duplicates' | 'invalid', bookmark: Bookmark, reason: string) {
  counts[kind] += 1;
  say(`skipped ${bookmark.url || '(no URL)'}: ${reason}`);
}

for (const bookmark of bookmarks) {
  const url = parseWebUrl(bookmark.url);
  const earlier = url ? seen.get(normalizeUrl(url.href)) : undefined;
  if (url === null) skip('invalid', bookmark, 'not an http(s) URL');
  else if (earlier) skip('duplicates', bookmark, `already noted in ${earlier}`);
  else if (bookmark.date !== undefined && bookmark.date > latest)
    skip('invalid', bookmark, `date: ${bookmark.date} is after tomorrow`);
  else {
    const raw = [...bookmark.tags, ...(values['folders-as-tags'] ? bookmark.folders : [])].map(oneLine).filter(Boolean);
    const tags = [...new Set((raw.length > 0 ? raw : [fallbackTag]).map(tagName))];
    const title = oneLine(bookmark.title);
    if (bookmark.date === undefined) say(`undated ${url.href}: ${undated.why}`);
    const date = bookmark.date ?? undated.date;
    const slug = uniqueSlug(noteSlug(title, url.href, date), existing.slugs);
    const note: NoteDraft = {
      title: title || url.href,
      url: url.href,
      tags,
      date,
      summary: bookmark.description ? `- **Saved with:** ${escapeMarkdown(bookmark.description)}` : '',
      draft: bookmark.private,
    };
    try {
      const file = writeNote(dir, slug, note, existing.aliases, values['dry-run']);
      existing.slugs.add(slug);
      seen.set(normalizeUrl(url.href), `${file} (from this import)`);
      counts.imported += 1;
      if (bookmark.private) counts.drafts += 1;
    } catch (error) {
      skip('invalid', bookmark, messageOf(error));
    }
  }
  bar?.increment();
}
bar?.stop();
const verb = values['dry-run'] ? 'would import' : 'imported';
const drafts = counts.drafts > 0 ? ` (${counts.drafts} private, as drafts)` : '';
console.log(
  `${source} (${format}): ${verb} ${counts.imported}${drafts}, skipped ${counts.duplicates} as duplicates, skipped ${counts.invalid} as invalid`,
);
