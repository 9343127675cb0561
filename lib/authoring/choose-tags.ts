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

/**
 * The tags to give a note of `url`, each with why; empty when the site has none that fit. `aliases`
 * maps each alias to its tag, both normalised (lib/content/aliases.ts).
 */
export function chooseTags(
  url: string,
  page: PageWords,
  notes: KnownNote[],
  aliases: Map<string, string>,
): TagChoice[] {
  const chosen = new Map<string, TagChoice>();
  const choose = (tag: string, reason: string) => {
    const choice = chosen.get(tag) ?? { tag, reasons: [] };
    if (!choice.reasons.includes(reason)) choice.reasons.push(reason);
    chosen.set(tag, choice);
  };

  const host = displayHost(new URL(url));
  const counts = new Map<string, number>();
  for (const note of notes) {
    if (!URL.canParse(note.url) || displayHost(new URL(note.url)) !== host) continue;
    for (const tag of note.tags) if (tag !== UNSORTED) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const mostUsed = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).slice(0, HOST_TAGS);
  for (const [tag, count] of mostUsed) choose(tag, `${count} ${count === 1 ? 'note' : 'notes'} from ${host}`);

  // Every spelling that stands for a tag the site has: the tag itself and its aliases.
  const vocabulary = new Set(notes.flatMap((note) => note.tags));
  vocabulary.delete(UNSORTED);
  const spellings: [string, string][] = [...vocabulary].map((tag) => [tag, tag]);
  for (const [alias, tag] of aliases) if (vocabulary.has(tag)) spellings.push([alias, tag]);

  const sources: [string, string[]][] = [
    ['the title', page.title ? [page.title] : []],
    ['the description', page.description ? [page.description] : []],
    ['the keywords', page.keywords ?? []],
    ['the article’s tags', page.tags ?? []],
  ];
  for (const [where, texts] of sources) {
    for (const [spelling, tag] of spellings) {
      const term = normalizeTag(spelling);
      if (texts.some((text) => tagSlug(text) === tagSlug(term) || names(text, term))) choose(tag, `named in ${where}`);
    }
  }
  return [...chosen.values()];
}

/** The tags as one line: `llm (3 notes from arxiv.org), paper (named in the title)`. */
export function tagChoiceLine(choices: TagChoice[]): string {
  return choices.map(({ tag, reasons }) => `${tag} (${reasons.join('; ')})`).join(', ');
}
