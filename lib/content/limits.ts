// Limits no real note reaches, so that every note that passes the check also builds. The markdown
// renderer recurses once per level of nesting (a 2,000-deep blockquote overflows the stack while
// a feed renders) and takes quadratic time on long paragraphs (5 MB: a minute), so a summary is
// measured here first, in one linear pass over its lines that never parses it.
import type { Report } from './problems';

/** 100 KB: the longest summaries written by hand are a few KB; a paragraph this long renders in milliseconds. */
export const MAX_SUMMARY_BYTES = 100_000;
/** Blockquotes, lists and emphasis nested deeper than this are machine-made, never prose. */
export const MAX_NESTING = 20;
/** Browsers and servers commonly refuse longer URLs; a link worth a note is far shorter. */
export const MAX_URL_LENGTH = 2_000;
// Titles and tags are measured in characters as people count them (graphemes, lib/text.ts): a
// title of 500 emoji is 500 characters, though JavaScript's `length` says 1,000.
/** A title is one line of a list; the longest real ones are around 200 characters. */
export const MAX_TITLE_LENGTH = 500;
/**
 * A note is listed, chips and all, on the page of each of its tags. Real notes carry up to 15 tags;
 * 100 leaves a generous tagger room while keeping what one note adds to a build small: with 1,000
 * tags, one note made a 4-minute build of 145 MB (bench/RESULTS.md).
 */
export const MAX_TAGS = 100;
/** A tag is a word or two shown as a chip (its slug is shortened for URLs, lib/tags.ts); the layout is tested with 300. */
export const MAX_TAG_LENGTH = 500;

/** Reports (as the field `summary`) a summary too large or too deeply nested to render safely. */
export function checkSummaryLimits(markdown: string, problem: Report): void {
  const bytes = Buffer.byteLength(markdown, 'utf8');
  if (bytes > MAX_SUMMARY_BYTES) {
    problem('summary', `is ${bytes} bytes; the most is ${MAX_SUMMARY_BYTES} bytes (a summary, not the page)`);
    return;
  }
  const depth = blockNesting(markdown);
  if (depth > MAX_NESTING) {
    problem('summary', `nests blockquotes or lists ${depth} levels deep; keep it to ${MAX_NESTING} levels`);
  }
  const emphasis = emphasisNesting(markdown);
  if (emphasis > MAX_NESTING) {
    problem('summary', `nests emphasis (* or _) ${emphasis} levels deep; keep it to ${MAX_NESTING} levels`);
  }
}

const FENCE = /^\s*(```|~~~)/;
// One container marker at the start of a line: a blockquote `>` or a list bullet or number.
const CONTAINER = />[ ]?|[-+*][ \t]|\d{1,9}[.)][ \t]/y;

/**
 * The deepest nesting of blockquotes and lists, read from the line prefixes: each `>` and list
 * marker is a level, and so is every two columns of indentation (how nested lists are written).
 * Lines inside fenced code blocks are skipped: their indentation is code, not structure.
 */
function blockNesting(markdown: string): number {
  let deepest = 0;
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) continue;
    let depth = 0;
    let columns = 0;
    for (let at = 0; at < line.length; ) {
      if (line[at] === ' ' || line[at] === '\t') {
        columns += line[at] === '\t' ? 4 : 1;
        at += 1;
        continue;
      }
      CONTAINER.lastIndex = at;
      const marker = CONTAINER.exec(line);
      if (marker === null) break;
      depth += 1;
      at += marker[0].length;
    }
    deepest = Math.max(deepest, depth + Math.floor(columns / 2));
  }
  return deepest;
}

/**
 * The deepest run of open emphasis within a paragraph: a run of `*` or `_` that can only open
 * (followed by text, not preceded by it) adds its length, one that can only close subtracts it.
 * An estimate that errs high only on text no one writes.
 */
function emphasisNesting(markdown: string): number {
  let deepest = 0;
  let open = 0;
  for (const line of markdown.split('\n')) {
    if (line.trim() === '') open = 0;
    for (const run of line.matchAll(/[*_]+/g)) {
      const before = line[run.index - 1] ?? ' ';
      const after = line[run.index + run[0].length] ?? ' ';
      const opens = /\s/.test(before) && !/\s/.test(after);
      const closes = !/\s/.test(before) && /\s/.test(after);
      if (opens) open += run[0].length;
      else if (closes) open = Math.max(0, open - run[0].length);
      else if (/\s/.test(before) && /\s/.test(after)) continue;
      deepest = Math.max(deepest, open, opens || closes ? 0 : Math.floor(run[0].length / 2));
    }
  }
  return deepest;
}
