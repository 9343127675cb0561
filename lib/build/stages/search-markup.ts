// A build stage, after the search index: a note page carries markup that only Pagefind reads (the
// article's `data-pagefind-*` attributes and its record as `data-<field>`, the ignored parts'
// marks, and the hidden paragraph of title, host and tags that makes a note findable by them;
// components/NoteArticle.tsx). Once the index is built, none of it does anything for a reader: about
// 1 KB of every note page. This stage removes it, leaving the rest of each page byte for byte.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import { KEYWORDS_ID, SEARCH_FIELDS } from '@/lib/browser/search-record';
import { elementsOf, withElementsReplaced } from '@/lib/build/html-document';
import { filesUnder, mb } from '@/lib/build/site-size';
import { AT_ONCE, type Stage } from '../stage';

/** Pagefind's own attributes, on any element. */
const PAGEFIND_ATTRIBUTE = / data-pagefind-[a-z]+="[^"]*"/g;

/** The record's fields (lib/browser/search-record.ts), on the element that names them as Pagefind's metadata. */
const RECORD_ATTRIBUTE = new RegExp(` data-(${SEARCH_FIELDS.join('|')})="[^"]*"`, 'g');

/** The page without what only the search index reads. */
export function withoutSearchMarkup(html: string): string {
  if (!html.includes('data-pagefind-')) return html;
  const elements = elementsOf(html);
  const keywords = elements.find((element) => element.attribs.id === KEYWORDS_ID);
  // The hidden paragraph that holds the keywords' anchor.
  const hidden = keywords
    ? elements.findLast(
        (element) =>
          element.name === 'p' &&
          'hidden' in element.attribs &&
          element.start < keywords.start &&
          element.end > keywords.end,
      )
    : undefined;
  const marked = elements.filter((element) =>
    Object.keys(element.attribs).some((name) => name.startsWith('data-pagefind-')),
  );
  return withElementsReplaced(html, [
    ...(hidden ? [{ element: hidden, text: '' }] : []),
    // React escapes `>` in attribute values, so a start tag ends at its first `>`; only the start tag is rewritten.
    ...marked.map((element) => {
      const startTag = html.slice(element.start, html.indexOf('>', element.start) + 1);
      return {
        element: { ...element, end: element.start + startTag.length - 1 },
        text: startTag
          .replace('data-pagefind-meta' in element.attribs ? RECORD_ATTRIBUTE : PAGEFIND_ATTRIBUTE, '')
          .replace(PAGEFIND_ATTRIBUTE, ''),
      };
    }),
  ]);
}

async function removeSearchMarkup(outDir: string): Promise<string[]> {
  const pages = filesUnder(outDir).filter(({ file }) => file.endsWith('.html'));
  let saved = 0;
  let rewritten = 0;
  await pMap(
    pages,
    async ({ file }) => {
      const html = await readFile(path.join(outDir, file), 'utf8');
      const page = withoutSearchMarkup(html);
      if (page === html) return;
      await writeFile(path.join(outDir, file), page);
      saved += Buffer.byteLength(html) - Buffer.byteLength(page);
      rewritten += 1;
    },
    { concurrency: AT_ONCE },
  );
  if (rewritten > 0)
    console.log(`${outDir}/: the search index's markup taken out of ${rewritten} note pages, ${mb(saved)}`);
  return [];
}

export const searchMarkupStage: Stage = { name: 'search-markup', run: removeSearchMarkup };
