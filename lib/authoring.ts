// Writing new notes for `npm run new` and `npm run import`: slugs, front matter, and the rule that
// an existing note is never overwritten.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadTagAliases, type TagAliases } from '@/lib/content/aliases';
import { loadNotes, noteFileNames } from '@/lib/content/load';
import { problemsOfNote } from '@/lib/content/note';
import { noteFile } from './duplicates';
import { displayHost } from './hostname';
import { MAX_SLUG_LENGTH, normalizeTag, tagSlug } from './tags';
import { normalizeUrl } from './urls';

/** What a new note is made of, before it becomes markdown. */
export type NoteDraft = {
  title: string;
  url: string;
  tags: string[];
  /** `YYYY-MM-DD`. */
  date: string;
  summary: string;
  /** Private bookmarks come in as drafts: checked, never published. */
  draft?: boolean;
};

/**
 * A note's file slug from a title or URL: lowercase ASCII letters and digits in hyphen-separated
 * words, cut at a word boundary. File names stay ASCII so that every tool and host handles them.
 */
function asciiSlug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_SLUG_LENGTH) return words;
  const cut = words.slice(0, MAX_SLUG_LENGTH + 1);
  const atWord = cut.replace(/-[^-]*$/, '');
  return atWord !== cut && atWord !== '' ? atWord : words.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
}

/**
 * A note's file slug: from the title, or, when the title has no ASCII letters (`日本語`) or there
 * is none, from the words of the URL's host and path as a person reads them (`bücher.de/über` →
 * `bucher-de-uber`, not the percent-encoded bytes), with the date when the path has no such words.
 */
export function noteSlug(title: string | undefined, url: string, date?: string): string {
  const parsed = new URL(url);
  const fromTitle = title && asciiSlug(title);
  if (fromTitle) return fromTitle;
  const host = asciiSlug(displayHost(parsed));
  const words = asciiSlug(`${host} ${readablePath(parsed.pathname)}`);
  if (words !== host) return words;
  return [host || 'note', date].filter(Boolean).join('-');
}

/** A URL path percent-decoded, so that `caf%C3%A9` reads `café`; an escape that is no UTF-8 stays. */
function readablePath(pathname: string): string {
  return pathname.replace(/(%[0-9a-f]{2})+/gi, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes;
    }
  });
}

/** Text as one line: control and invisible format characters out, white space collapsed. */
export function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Tag spellings for new notes: a tag whose URL slug the content already uses takes that tag's
 * name, so that no two tags share an address and what is written passes the check.
 */
export function tagNamer(known: Map<string, string>): (tag: string) => string {
  const names = new Map(known);
  return (tag) => {
    const slug = tagSlug(tag);
    const name = names.get(slug) ?? normalizeTag(tag);
    names.set(slug, name);
    return name;
  };
}

/** `base`, or `base-2`, `base-3`, … : the first that is not taken. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}

/** The note as markdown. JSON strings are valid YAML double-quoted scalars, with every escape right. */
export function noteMarkdown({ title, url, tags, date, summary, draft }: NoteDraft): string {
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `url: ${JSON.stringify(url)}`,
    `tags: [${tags.map((tag) => JSON.stringify(tag)).join(', ')}]`,
    `date: ${date}`,
    ...(draft ? ['draft: true'] : []),
    '---',
    summary.trimEnd(),
    '',
  ].join('\n');
}

/**
 * Checks a new note by the build's own rules and writes it; throws, writing nothing, when the note
 * would not pass `npm run check`, and rather than overwrite a file that appeared meanwhile.
 */
export function writeNote(dir: string, slug: string, note: NoteDraft, aliases: TagAliases, dryRun = false): string {
  const file = noteFile(dir, slug);
  const markdown = noteMarkdown(note);
  const problems = problemsOfNote(file, markdown, aliases);
  if (problems.length > 0) throw new Error(problems.map(({ field, message }) => `${field}: ${message}`).join('; '));
  if (!dryRun) writeFileSync(path.join(dir, `${slug}.md`), markdown, { flag: 'wx' });
  return file;
}

/** What the content folder already holds: note files by slug, and notes by normalised URL. */
export function existingNotes(dir: string): {
  slugs: Set<string>;
  byUrl: Map<string, string>;
  tags: Map<string, string>;
  aliases: TagAliases;
} {
  const { library } = loadNotes(dir);
  const all = [...library.notes, ...library.drafts];
  return {
    aliases: loadTagAliases(dir).aliases,
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
