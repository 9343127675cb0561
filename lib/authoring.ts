// Writing new notes for `npm run new` and `npm run import`: slugs, front matter, and the rule that
// an existing note is never overwritten.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { noteFile } from './duplicates';
import { loadNotes, noteFileNames } from './notes';
import { normalizeUrl } from './urls';

/** What a new note is made of, before it becomes markdown. */
export type NoteDraft = {
  title: string;
  url: string;
  tags: string[];
  /** `YYYY-MM-DD`. */
  date: string;
  summary: string;
};

const MAX_SLUG_LENGTH = 60;

/**
 * A note's file slug from a title or URL: lowercase ASCII letters and digits in hyphen-separated
 * words, cut at a word boundary. File names stay ASCII so that every tool and host handles them.
 */
export function noteSlug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_SLUG_LENGTH) return words || 'note';
  return words.slice(0, MAX_SLUG_LENGTH + 1).replace(/-[^-]*$/, '') || words.slice(0, MAX_SLUG_LENGTH);
}

/** The slug of a link with no title: its host (without www.) and path. */
export function urlSlug(url: string): string {
  const { hostname, pathname } = new URL(url);
  return noteSlug(`${hostname.replace(/^www\./, '')} ${pathname}`);
}

/** `base`, or `base-2`, `base-3`, … : the first that is not taken. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}

/** The note as markdown. JSON strings are valid YAML double-quoted scalars, with every escape right. */
export function noteMarkdown({ title, url, tags, date, summary }: NoteDraft): string {
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `url: ${JSON.stringify(url)}`,
    `tags: [${tags.map((tag) => JSON.stringify(tag)).join(', ')}]`,
    `date: ${date}`,
    '---',
    summary.trimEnd(),
    '',
  ].join('\n');
}

/** Writes a new note; fails rather than overwrite a file that appeared meanwhile. */
export function writeNote(dir: string, slug: string, note: NoteDraft): string {
  const file = path.join(dir, `${slug}.md`);
  writeFileSync(file, noteMarkdown(note), { flag: 'wx' });
  return path.relative(process.cwd(), file);
}

/** What the content folder already holds: note files by slug, and notes by normalised URL. */
export function existingNotes(dir: string): {
  slugs: Set<string>;
  byUrl: Map<string, string>;
  tags: Map<string, string>;
} {
  const { library } = loadNotes(dir);
  const all = [...library.notes, ...library.drafts];
  return {
    // Every file counts, even one with problems: its name is taken.
    slugs: new Set(noteFileNames(dir).map((name) => name.replace(/\.md$/, ''))),
    byUrl: new Map(all.map((note) => [normalizeUrl(note.url), noteFile(dir, note.slug)])),
    tags: new Map(library.tags.map((tag) => [tag.slug, tag.name])),
  };
}

/** Today's date where the author is, as `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
