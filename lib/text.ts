/** `1 note`, `9,192 notes`: a count with its noun, in the site's English. */
export function quantity(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/** Text without the byte-order mark that editors on Windows save at the start of a file. */
export function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The characters of `text` as people count them: grapheme clusters, so that an emoji sequence (🤷‍♂️) or a flag is one. */
export function characters(text: string): string[] {
  return Array.from(GRAPHEMES.segment(text), ({ segment }) => segment);
}

/** How many characters `text` has as people count them (see `characters`): what every length limit counts. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of GRAPHEMES.segment(text)) count += 1;
  return count;
}
