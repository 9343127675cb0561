// From the parsed note files to the index the pages read: published notes newest first, tags
// with their counts, lookups by slug, old tag spellings; and the problems only the whole folder
// shows (two tags sharing a URL, an alias shadowing a tag).
import { displayPath } from '@/lib/messages';
import { normalizeTag, type TagRef, tagSlug } from '@/lib/tags';
import { ALIASES_FILE, type TagAliases } from './aliases';
import type { LeftOut, Note, ParsedNote } from './note';
import type { ContentProblem } from './problems';

/** A tag of the index with the number of published notes that carry it. */
export type Tag = TagRef & { count: number };

/**
 * A tag's spelling as written in notes (`Large Language Model`), which the original site used as
 * its URL segment, paired with the tag it now names.
 */
export type TagSpelling = { spelling: string; tag: TagRef };

/** Everything the content folder holds, indexed for the pages. */
export type Library = {
  notes: Note[];
  tags: Tag[];
  /** Spellings that differ from their tag's slug and can be file names, for pages that send old tag links on. */
  oldTagSpellings: TagSpelling[];
  /** Notes marked `draft: true`: checked, never published. */
  drafts: Note[];
  /** Notes whose summary still holds the skeleton's "…" (lib/content/skeleton.ts): checked, published once written. */
  unwritten: Note[];
  /** Lookups for the pages, built once with the index. */
  noteBySlug: Map<string, Note>;
  tagBySlug: Map<string, Tag>;
  notesByTag: Map<string, Note[]>;
};

/** Indexes a folder's parsed notes; `dir` names tags.yml in problems. */
export function indexNotes(
  dir: string,
  results: ParsedNote[],
  aliases: TagAliases,
): { library: Library; problems: ContentProblem[] } {
  const problems = results.flatMap((result) => result.problems);
  problems.push(...slugCollisions(results));
  const parsedNotes = (leftOut?: LeftOut) => results.flatMap((r) => (r.note && r.leftOut === leftOut ? [r.note] : []));
  const notes = parsedNotes().sort(byNewest);

  const notesByTag = new Map<string, Note[]>();
  const tagBySlug = new Map<string, Tag>();
  for (const note of notes) {
    for (const tag of note.tags) {
      const entry = tagBySlug.get(tag.slug) ?? { ...tag, count: 0 };
      entry.count += 1;
      tagBySlug.set(tag.slug, entry);
      const tagged = notesByTag.get(tag.slug) ?? [];
      tagged.push(note);
      notesByTag.set(tag.slug, tagged);
    }
  }
  const tags = [...tagBySlug.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
  // An alias's problems come first, as they do in tags.yml's own checks.
  problems.unshift(...aliasesShadowingTags(dir, aliases, tagBySlug));
  return {
    library: {
      notes,
      tags,
      oldTagSpellings: oldSpellings(results, aliases, tagBySlug),
      drafts: parsedNotes('draft'),
      unwritten: parsedNotes('unwritten'),
      noteBySlug: new Map(notes.map((note) => [note.slug, note])),
      tagBySlug,
      notesByTag,
    },
    problems,
  };
}

/** Every valid note, published or left out (drafts, unwritten), for rules that hold across them all. */
export function everyNote(library: Library): Note[] {
  return [...library.notes, ...library.drafts, ...library.unwritten];
}

/** Newest first, then by title, then by slug: the order of every list of notes. */
export function byNewest(a: Note, b: Note): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'en') || a.slug.localeCompare(b.slug);
}

/**
 * Whether a spelling can be a folder name that a URL reaches on GitHub Pages: `#` and `?` end the
 * path, `/` and `\\` split it, and Jekyll hides names starting with `.` or `_`.
 */
function isStorable(spelling: string): boolean {
  return !/[#?/\\\p{Cc}]/u.test(spelling) && !/^[._]/.test(spelling) && Buffer.byteLength(spelling) <= 200;
}

/**
 * Each storable spelling of a published tag that is not its slug: as written in notes, lowercase,
 * and every alias from tags.yml with its own slug, whose old pages now belong to the canonical tag.
 */
function oldSpellings(results: ParsedNote[], aliases: TagAliases, published: Map<string, Tag>): TagSpelling[] {
  const found = new Map<string, TagSpelling>();
  const written = results.flatMap(({ spellings = [] }) => spellings);
  for (const raw of [...written, ...aliases.keys()]) {
    const tag = published.get(tagSlug(aliases.get(normalizeTag(raw)) ?? raw));
    if (tag === undefined) continue;
    for (const spelling of [raw, normalizeTag(raw), tagSlug(raw)]) {
      if (spelling !== tag.slug && isStorable(spelling) && !found.has(spelling)) {
        found.set(spelling, { spelling, tag: { name: tag.name, slug: tag.slug } });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.spelling.localeCompare(b.spelling, 'en'));
}

/** An alias whose address is a published tag's (`node-js` while notes use `node.js`) could never redirect. */
function aliasesShadowingTags(dir: string, aliases: TagAliases, published: Map<string, Tag>): ContentProblem[] {
  const file = displayPath(dir, ALIASES_FILE);
  return [...aliases.keys()].flatMap((alias) => {
    const tag = published.get(tagSlug(alias));
    const message = `has the address of the tag "${tag?.name}" that notes use; alias that tag instead`;
    return tag ? [{ file, field: alias, message }] : [];
  });
}

/** Two different tags must never share a URL: each would overwrite the other's page. */
function slugCollisions(results: ParsedNote[]): ContentProblem[] {
  const firstUse = new Map<string, { name: string; file: string }>();
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const { file, note } of results) {
    for (const tag of note?.tags ?? []) {
      const first = firstUse.get(tag.slug);
      if (first === undefined) {
        firstUse.set(tag.slug, { name: tag.name, file });
      } else if (first.name !== tag.name && !reported.has(`${first.name}\n${tag.name}`)) {
        reported.add(`${first.name}\n${tag.name}`);
        problems.push({
          file,
          field: 'tags',
          message: `"${tag.name}" and "${first.name}" (in ${first.file}) share the URL slug "${tag.slug}"; use one spelling`,
        });
      }
    }
  }
  return problems;
}
