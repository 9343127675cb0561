// A search result's excerpt: the words of the note's summary around its first match, cut where the
// summary ends. A note page's article (components/NoteArticle.tsx) ends with a hidden paragraph of
// title, host and tags, indexed so that they find the note; the paragraph's id makes it a Pagefind
// anchor, whose location is the count of the summary's words in Pagefind's own words (segmented
// Japanese, Chinese and Thai included), so the cut needs no counting of our own.
import { KEYWORDS_ID } from './search-record';

/** What of a Pagefind result's data an excerpt is cut from (pagefind.js ships no types). */
export type ExcerptSource = {
  /** The indexed text, Pagefind's words joined by spaces. */
  content: string;
  /** The same with `<` and `>` escaped, and a zero-width space after each word of segmented text. */
  raw_content: string;
  /** The positions of the matching words. */
  locations: number[];
  /** The elements with an id in the indexed text, each with the position of its first word. */
  anchors: { id: string; location: number }[];
};

/** An excerpt as the page shows it: its words, the matching ones marked, and what goes between words. */
export type Excerpt = { words: { text: string; marked: boolean }[]; joiner: string };

const SEGMENTED = '\u200B';
/** What raw_content escapes, and the character it stands for. */
const ESCAPES = [
  ['&lt;', '<'],
  ['&gt;', '>'],
];

/** `raw_content`'s words of segmented text, unescaped by walking `content` beside them (`&lt;` may be text). */
function segmentedWords({ content, raw_content }: ExcerptSource): string[] {
  let at = 0;
  return raw_content.split(SEGMENTED).map((raw) => {
    let word = '';
    for (let i = 0; i < raw.length; ) {
      const entity = ESCAPES.find(([escaped, character]) => raw.startsWith(escaped, i) && content[at] === character);
      word += content[at];
      at += 1;
      i += entity ? entity[0].length : 1;
    }
    return word;
  });
}

/**
 * Pagefind's words, as its own excerpts split them (pagefind.js's `build_excerpt`): at zero-width
 * spaces for segmented text, else at white space other than U+FEFF.
 */
function pagefindWords(source: ExcerptSource): { words: string[]; joiner: string } {
  return source.raw_content.includes(SEGMENTED)
    ? { words: segmentedWords(source), joiner: '' }
    : { words: source.content.split(/[^\S\uFEFF]+/), joiner: ' ' };
}

/** Up to `length` words of the summary: from its start, or from a little before its first match further on. */
export function cutExcerpt(source: ExcerptSource, length: number): Excerpt {
  const { words, joiner } = pagefindWords(source);
  const end = Math.min(
    words.length,
    source.anchors.find((anchor) => anchor.id === KEYWORDS_ID)?.location ?? words.length,
  );
  const matches = new Set(source.locations.filter((location) => location < end));
  const start = matches.size === 0 ? 0 : Math.max(0, Math.min(Math.min(...matches) - 8, end - length));
  const shown = words.slice(start, Math.min(start + length, end));
  // A word of segmented text keeps the space after it; the excerpt's last one needs none.
  return {
    words: shown.map((text, index) => ({
      text: index === shown.length - 1 ? text.trimEnd() : text,
      marked: matches.has(start + index),
    })),
    joiner,
  };
}
