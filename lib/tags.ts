import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** A tag as the site shows it, with the one URL segment that names it. */
export type TagRef = {
  name: string;
  slug: string;
};

/** Longest slug of a tag or a note file, in code points; long enough to read, short enough for any file system. */
export const MAX_SLUG_LENGTH = 60;

// Symbols that carry meaning in tag names: without these, `c++`, `c#` and `c` would collide.
const SYMBOL_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\+/g, ' plus '],
  [/#/g, ' sharp '],
  [/&/g, ' and '],
  [/@/g, ' at '],
];

// Latin letters that Unicode does not decompose into a base letter and an accent.
const LATIN_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** The canonical form of a tag: trimmed, inner whitespace collapsed, Unicode NFC, lowercase. */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/\s+/gu, ' ').normalize('NFC').toLowerCase();
}

/**
 * The URL slug of a tag, used for every tag link and every tag page's file name.
 *
 * Hand-written because slug libraries either transliterate other scripts away (a Japanese tag
 * would become empty) or keep characters GitHub Pages cannot serve as file names (`#`, `?`, `/`).
 */
export function tagSlug(tag: string): string {
  const name = normalizeTag(tag);
  let slug = name;
  for (const [symbol, word] of SYMBOL_WORDS) slug = slug.replace(symbol, word);
  slug = slug
    // NFKD also folds compatibility forms: full-width `ｆｕｌｌ` → `full`, the ligature `ﬁ` → `fi`.
    .normalize('NFKD')
    // Accents on Latin letters and digits go (`ü` → `u`); marks of other scripts are part of their letters.
    .replace(/([\p{Script=Latin}\p{Nd}])\p{M}+/gu, '$1')
    .replace(/[łøæœßđðþı]/g, (letter) => LATIN_LETTERS[letter])
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

  if (slug === '') return `tag-${shortHash(name)}`;
  const codePoints = Array.from(slug);
  if (codePoints.length <= MAX_SLUG_LENGTH) return slug;
  // Two long tags may share a prefix: the hash of the whole name keeps their slugs apart.
  const prefix = codePoints
    .slice(0, MAX_SLUG_LENGTH - 9)
    .join('')
    .replace(/-+$/, '');
  return `${prefix}-${shortHash(name)}`;
}

/** The tag with its slug, from raw front-matter text. */
export function tagRef(tag: string): TagRef {
  return { name: normalizeTag(tag), slug: tagSlug(tag) };
}

// @noble/hashes, not node:crypto: the /add/ page's script slugs tags in the browser, where
// SubtleCrypto hashes only asynchronously.
function shortHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 8);
}

/**
 * The tag slug in a `[tag]` route param. Next.js hands static-export params over percent-encoded
 * (`%E6%97%A5`), so a non-ASCII slug must be decoded once, and only once, before lookup.
 */
export function slugFromParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}
