// Tags for a new note from the site's own vocabulary: the tags most used on notes of the same
// host, and the tags (or their aliases) that the page names in its title, description, keywords
// or article:tags. A tag is never invented: with none found, the note is `unsorted`.
import { displayHost } from '@/lib/hostname';
import { normalizeTag, tagSlug } from '@/lib/tags';

/** The tag a note gets when nothing else fits: a pile to sort later. */
export const UNSORTED = 'unsorted';

/** How many of the host's most used tags a new note of that host takes. */
const HOST_TAGS = 3;

/** A tag chosen, and why, in words: `3 notes from arxiv.org`, `named in the title`. */
export type TagChoice = { tag: string; reasons: string[] };

/** What the page says of itself that may name a tag. */
export type PageWords = { title?: string; description?: string; keywords?: string[]; tags?: string[] };

/** A note already written: its URL and its tags' names (aliases already mapped to their tags). */
export type KnownNote = { url: string; tags: string[] };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` names `term` as a whole word or phrase, both read as tags are (case and spacing aside). */
function names(text: string, term: string): boolean {
  const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'u');
  return phrase.test(normalizeTag(text));
}

/** The site's tags, sorted, `unsorted` aside: every tag a new note may be given. */
export function siteTags(notes: KnownNote[]): string[] {
  const tags = new Set(notes.flatMap((note) => note.tags));
  tags.delete(UNSORTED);
  return [...tags].sort();
}

/** The choices of several lists as one, a tag chosen twice keeping both reasons, in first-chosen order. */
export function mergeChoices(...lists: TagChoice[][]): TagChoice[] {
  const merged = new Map<string, TagChoice>();
  for (const { tag, reasons } of lists.flat()) {
    const choice = merged.get(tag) ?? { tag, reasons: [] };
    for (const reason of reasons) if (!choice.reasons.includes(reason)) choice.reasons.push(reason);
    merged.set(tag, choice);
  }
  return [...merged.values()];
}

/**
 * The tags among `tags` that the site has, each spelled as its tag or one of its aliases
 * (`aliases` maps each alias to its tag, both normalised, lib/content/aliases.ts), with `reason`.
 */
export function knownTags(
  tags: string[],
  reason: string,
  notes: KnownNote[],
  aliases: Map<string, string>,
): TagChoice[] {
  const vocabulary = new Set(siteTags(notes));
  const canonical = tags.map((tag) => aliases.get(normalizeTag(tag)) ?? normalizeTag(tag));
  return mergeChoices(canonical.filter((tag) => vocabulary.has(tag)).map((tag) => ({ tag, reasons: [reason] })));
}

/** The most used tags of notes of `url`'s host, each with how many notes of the host have it. */
function hostTags(url: string, notes: KnownNote[]): TagChoice[] {
  const host = displayHost(new URL(url));
  const counts = new Map<string, number>();
  for (const note of notes) {
    if (!URL.canParse(note.url) || displayHost(new URL(note.url)) !== host) continue;
    for (const tag of note.tags) if (tag !== UNSORTED) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .slice(0, HOST_TAGS)
    .map(([tag, count]) => ({ tag, reasons: [`${count} ${count === 1 ? 'note' : 'notes'} from ${host}`] }));
}

/** The site's tags that the page names, by their names or their aliases, saying where. */
function namedTags(page: PageWords, notes: KnownNote[], aliases: Map<string, string>): TagChoice[] {
  const vocabulary = siteTags(notes);
  const known = new Set(vocabulary);
  const spellings: [string, string][] = vocabulary.map((tag) => [tag, tag]);
  for (const [alias, tag] of aliases) if (known.has(tag)) spellings.push([alias, tag]);
  const sources: [string, string[]][] = [
    ['the title', page.title ? [page.title] : []],
    ['the description', page.description ? [page.description] : []],
    ['the keywords', page.keywords ?? []],
    ['the article’s tags', page.tags ?? []],
  ];
  const choices: TagChoice[] = [];
  for (const [where, texts] of sources) {
    for (const [spelling, tag] of spellings) {
      const term = normalizeTag(spelling);
      if (texts.some((text) => tagSlug(text) === tagSlug(term) || names(text, term))) {
        choices.push({ tag, reasons: [`named in ${where}`] });
      }
    }
  }
  return choices;
}

/** The tags to give a note of `url`, each with why: the host's most used, then those the page names. */
export function chooseTags(
  url: string,
  page: PageWords,
  notes: KnownNote[],
  aliases: Map<string, string>,
): TagChoice[] {
  return mergeChoices(hostTags(url, notes), namedTags(page, notes, aliases));
}

/** The tags as one line: `llm (3 notes from arxiv.org), paper (named in the title)`. */
export function tagChoiceLine(choices: TagChoice[]): string {
  return choices.map(({ tag, reasons }) => `${tag} (${reasons.join('; ')})`).join(', ');
}
