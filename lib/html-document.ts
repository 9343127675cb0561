// Reading exported HTML with a real parser (htmlparser2), for the post-build stages and tests.
import type { Element } from 'domhandler';
import { findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';

/** Every element of an HTML document, each with its exact place in the source text. */
export function elementsOf(html: string): Element[] {
  return findAll(() => true, parseDocument(html, { withStartIndices: true, withEndIndices: true }).children);
}

/** The source text without the given elements, cut at the places the parser found them. */
export function withoutElements(html: string, elements: Element[]): string {
  const ranges = elements
    .map((element) => ({ start: element.startIndex ?? 0, end: (element.endIndex ?? -1) + 1 }))
    .sort((a, b) => a.start - b.start);
  let kept = '';
  let from = 0;
  for (const { start, end } of ranges) {
    if (start < from) continue; // inside an element already cut
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}
