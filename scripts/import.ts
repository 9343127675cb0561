// `npm run import -- <file> [--tag imported] [--folders-as-tags] [--dry-run]`: turns a bookmark
// export into notes. Skips what is already noted or not a web page, never overwrites, and writes
// only notes that pass `npm run check`.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { existingNotes, type NoteDraft, noteSlug, today, uniqueSlug, urlSlug, writeNote } from '../lib/authoring';
import { type Bookmark, readBookmarks } from '../lib/bookmarks';
import { notesDir } from '../lib/notes';
import { normalizeTag, tagSlug } from '../lib/tags';
import { normalizeUrl, parseWebUrl } from '../lib/urls';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        tag: { type: 'string', default: 'imported' },
        'folders-as-tags': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`import: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Plain text as markdown that renders as the same text. */
function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|]/g, '\\$&');
}

// One line of text: exports sometimes carry control characters that no title or tag may hold.
const oneLine = (text: string) =>
  text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function main() {
  const { values, positionals } = options();
  if (positionals.length !== 1)
    fail('usage: npm run import -- <file> [--tag imported] [--folders-as-tags] [--dry-run]');
  const source = positionals[0];
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    fail(`${source}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
  let parsed: ReturnType<typeof readBookmarks>;
  try {
    parsed = readBookmarks(text);
  } catch (error) {
    fail(`${source}: ${error instanceof Error ? error.message : String(error)}; nothing was written`);
  }
  const fallbackTag = oneLine(values.tag);
  if (fallbackTag === '') fail('import: --tag must not be empty');

  const dir = notesDir();
  const existing = existingNotes(dir);
  const seen = new Map(existing.byUrl);
  // A tag whose slug the content already uses takes that tag's spelling, so that no two tags
  // share a URL and what is written passes the check.
  const tagNames = new Map(existing.tags);
  const counts = { imported: 0, duplicates: 0, invalid: 0 };
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'importing [{bar}] {value}/{total}', hideCursor: true })
    : undefined;
  bar?.start(parsed.bookmarks.length, 0);

  const skip = (kind: 'duplicates' | 'invalid', bookmark: Bookmark, reason: string) => {
    counts[kind] += 1;
    const line = `skipped ${bookmark.url || '(no URL)'}: ${reason}`;
    if (bar) bar.stop();
    console.error(line);
    if (bar) bar.start(parsed.bookmarks.length, counts.imported + counts.duplicates + counts.invalid);
  };

  for (const bookmark of parsed.bookmarks) {
    const url = parseWebUrl(bookmark.url);
    const key = url && normalizeUrl(url.href);
    const earlier = key ? seen.get(key) : undefined;
    if (url === null) skip('invalid', bookmark, 'not an http(s) URL');
    else if (earlier) skip('duplicates', bookmark, `already noted in ${earlier}`);
    else {
      const raw = [...bookmark.tags, ...(values['folders-as-tags'] ? bookmark.folders : [])].map(oneLine);
      const tags = [...new Set(raw.filter((tag) => tag !== '' && tagSlug(tag) !== '').map((tag) => canonical(tag)))];
      const title = oneLine(bookmark.title) || url.href;
      const slug = uniqueSlug(bookmark.title ? noteSlug(title) : urlSlug(url.href), existing.slugs);
      const note: NoteDraft = {
        title,
        url: url.href,
        tags: tags.length > 0 ? tags : [canonical(fallbackTag)],
        date: bookmark.date ?? today(),
        summary: bookmark.description ? `- **Saved with:** ${escapeMarkdown(bookmark.description)}` : '',
      };
      existing.slugs.add(slug);
      seen.set(key ?? url.href, `${dir}/${slug}.md (from this import)`);
      if (!values['dry-run']) writeNote(dir, slug, note);
      counts.imported += 1;
    }
    bar?.increment();
  }
  bar?.stop();
  const verb = values['dry-run'] ? 'would import' : 'imported';
  console.log(
    `${source} (${parsed.format}): ${verb} ${counts.imported}, skipped ${counts.duplicates} as duplicates, skipped ${counts.invalid} as invalid`,
  );

  function canonical(tag: string): string {
    const slug = tagSlug(tag);
    const name = tagNames.get(slug) ?? normalizeTag(tag);
    tagNames.set(slug, name);
    return name;
  }
}

main();
