// What a new note is, before it is a file: its slug, its tags' spellings and its markdown. Pure
// functions with no Node.js imports, so that the /add/ page's script bundles the same rules.

import { displayHost } from '@/lib/hostname';
import { MAX_SLUG_LENGTH, normalizeTag, tagSlug } from '@/lib/tags';
import { characters } from '@/lib/text';
import { readablePath } from '@/lib/urls';

/** The summary a new note starts with: the three parts every note answers. */
export const SUMMARY_SKELETON = `- **What it is:** …
- **Key points:**
  - …
- **Why it matters:** …`;

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
  /** `YYYY-MM-DD`, the day the link was found dead: a note of url-notes' own export keeps it. */
  dead?: string;
  /** The summary is written byte for byte, as a note of url-notes' own export held it, not trimmed. */
  exactSummary?: boolean;
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
 * is none, from the URL's host and path; lowercase ASCII words, cut at a word boundary.
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

const INVISIBLE = /^[\p{Cc}\p{Cf}]+$/u;

/**
 * Text as one line: control and invisible format characters out, white space collapsed. Only a
 * character that is nothing but such code points goes: a zero-width joiner within an emoji
 * sequence (🤷‍♂️) or a flag's tag characters are part of a visible character, and stay.
 */
export function oneLine(text: string): string {
  const visible = /[\p{Cc}\p{Cf}]/u.test(text)
    ? characters(text)
        .map((character) => (INVISIBLE.test(character) ? ' ' : character))
        .join('')
    : text;
  return visible.replace(/\s+/g, ' ').trim();
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

/**
 * `base`, or `base-2`, `base-3`, … : the first that is not taken. Given `next` (the suffix to try
 * first for each base, which it updates), many notes of one title cost linear time, not quadratic.
 */
export function uniqueSlug(base: string, taken: Set<string>, next?: Map<string, number>): string {
  if (!taken.has(base)) return base;
  let n = next?.get(base) ?? 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  next?.set(base, n + 1);
  return `${base}-${n}`;
}

/** The note as markdown. JSON strings are valid YAML double-quoted scalars, with every escape right. */
export function noteMarkdown({ title, url, tags, date, summary, draft, dead, exactSummary }: NoteDraft): string {
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `url: ${JSON.stringify(url)}`,
    `tags: [${tags.map((tag) => JSON.stringify(tag)).join(', ')}]`,
    `date: ${date}`,
    ...(draft ? ['draft: true'] : []),
    ...(dead ? [`dead: ${dead}`] : []),
    '---',
  ].join('\n');
  return `${frontMatter}\n${exactSummary ? summary : `${summary.trimEnd()}\n`}`;
}

/** Today's date where the author is, as `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
