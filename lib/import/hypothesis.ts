// Hypothesis's JSON export (the web annotation tool), as its client's annotations-exporter writes
// it: `{ export_date, export_userid, client_version, annotations: [...] }`, each annotation as the
// h API serves it (https://h.readthedocs.io/en/latest/api-reference/): `uri`, `text` (the
// annotator's own words), `tags`, `created` (ISO-8601), `document.title` (a list), and
// `target: [{ source, selector: [...] }]`, the highlighted passage in the selector of type
// `TextQuoteSelector` (`exact`, `prefix`, `suffix`). The annotations of one page become one note.
import { createReadStream } from 'node:fs';
import { normalizeUrl, parseWebUrl } from '@/lib/urls';
import { isoDate } from './fields';
import { asObject, type Json, jsonItems, overlong, str } from './json-stream';
import { bookmark, type Entry, type ExportFile, type Highlight, type Importer } from './types';

const list = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);

/** The passage an annotation highlights: the `exact` text of its first target's TextQuoteSelector. */
function quoteOf(annotation: { [key: string]: Json }): string {
  for (const target of list(annotation.target)) {
    for (const selector of list(asObject(target)?.selector ?? null)) {
      const quote = asObject(selector);
      if (quote?.type === 'TextQuoteSelector') return str(quote.exact).trim();
    }
  }
  return '';
}

/** A page's annotations as they are read, for its note once the export is read whole. */
type Page = { url: string; title: string; tags: string[]; annotations: { created: string; highlight: Highlight }[] };

async function* readHypothesis(file: ExportFile): AsyncGenerator<Entry> {
  // Annotations come newest first, one page's scattered among the others: held by page until the end.
  const pages = new Map<string, Page>();
  let index = 0;
  for await (const { value } of jsonItems(createReadStream(file.path), (at) =>
    at[0] === 'annotations' ? (at.length === 2 ? 'emit' : undefined) : at.length === 1 ? 'skip' : undefined,
  )) {
    index += 1;
    const annotation = asObject(value) ?? {};
    const uri = str(annotation.uri).trim();
    const problem = overlong(annotation, ['uri', 'text']);
    if (problem) {
      yield { where: uri || `annotation ${index}`, problem };
      continue;
    }
    const url = parseWebUrl(uri);
    const key = url ? normalizeUrl(url.href) : uri;
    const title = str(list(asObject(annotation.document ?? null)?.title)[0]).trim();
    const page = pages.get(key) ?? { url: uri, title, tags: [], annotations: [] };
    pages.set(key, page);
    page.tags.push(...list(annotation.tags).map(str));
    const highlight = { quote: quoteOf(annotation), note: str(annotation.text).trim() };
    page.annotations.push({ created: str(annotation.created), highlight });
  }
  for (const { url, title, tags, annotations } of pages.values()) {
    // Oldest first, as they were made on the page; the note is dated by the first.
    annotations.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
    yield bookmark({
      url,
      title,
      tags: [...new Set(tags.filter(Boolean))],
      date: isoDate(annotations[0]?.created),
      highlights: annotations.map(({ highlight }) => highlight),
    });
  }
}

export const hypothesis: Importer = {
  format: 'hypothesis',
  label: 'Hypothesis annotations (JSON)',
  detect: (file) => file.zipNames === undefined && /^\s*\{/.test(file.head) && /"annotations"\s*:\s*\[/.test(file.head),
  read: readHypothesis,
};
