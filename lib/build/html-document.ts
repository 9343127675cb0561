// Reading exported HTML with a real parser, for the post-build stages, the benchmark and tests.
// htmlparser2's tokenizer without a tree: the stages read every page of the site, and building a
// DOM of each cost more than twice the time of reading it (bench/RESULTS.md).
import { Parser } from 'htmlparser2';

/** An element of a page: its name, attributes, and the first and last index of its source text. */
export type ElementSpan = { name: string; attribs: Record<string, string>; start: number; end: number };

/** The link types of an element's `rel` attribute, lower-cased. */
export function relOf(element: ElementSpan): string[] {
  return (element.attribs.rel ?? '').toLowerCase().split(/\s+/);
}

/** Every element of an HTML document, in source order, each with its exact place in the source. */
export function elementsOf(html: string): ElementSpan[] {
  const elements: ElementSpan[] = [];
  const open: ElementSpan[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      const element = { name, attribs, start: parser.startIndex, end: parser.endIndex };
      elements.push(element);
      open.push(element);
    },
    onclosetag(_name, isImplied) {
      const element = open.pop();
      if (element === undefined) return;
      // A void element closes at its own tag; one that another tag closes ends just before that tag.
      const closedByOther = isImplied && parser.startIndex > element.start;
      element.end = closedByOther ? parser.startIndex - 1 : parser.endIndex;
    },
  });
  parser.end(html);
  return elements;
}

/** The source text without the given elements, cut at the places the parser found them. */
export function withoutElements(html: string, elements: ElementSpan[]): string {
  return withElementsReplaced(
    html,
    elements.map((element) => ({ element, text: '' })),
  );
}

/** The source text with each given element's source replaced by its text (elements that do not overlap). */
export function withElementsReplaced(html: string, replacements: { element: ElementSpan; text: string }[]): string {
  const ranges = replacements
    .map(({ element: { start, end }, text }) => ({ start, end: end + 1, text }))
    .sort((a, b) => a.start - b.start);
  let kept = '';
  let from = 0;
  for (const { start, end, text } of ranges) {
    if (start < from) continue; // inside an element already cut
    kept += html.slice(from, start) + text;
    from = end;
  }
  return kept + html.slice(from);
}
