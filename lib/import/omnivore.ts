// Omnivore's export zip (Omnivore closed in 2024), as packages/api/src/jobs/export.ts writes it:
// `metadata_<from>_to_<to>.json` files, each a list of `{ id, slug, title, description, author,
// url, state ("Archived", "Active"), labels, savedAt, updatedAt, publishedAt }`, and the
// highlights of an item as markdown in `highlights/<slug>.md`, each as utils/parser.ts's
// highlightToMarkdown writes it: `> quote ` (a quote's blank lines become `> `), then, each after a
// blank line, the highlight's labels as `#label #label` and the owner's note; highlights joined by a
// blank line; a note with no quote as its own text. The saved pages in `content/` are not read.
import { text } from 'node:stream/consumers';
import { extra, isoDate } from './fields';
import { asObject, jsonItems, str, withinLimits } from './json-stream';
import { bookmark, type Entry, type ExportFile, type Highlight, type Importer } from './types';
import { baseName, zipFiles } from './zip';

const isMetadata = (name: string) => /^metadata_\d+_to_\d+\.json$/.test(baseName(name));
const isHighlights = (name: string) => /(^|\/)highlights\/[^/]+\.md$/.test(name);
const firstNumber = (name: string) => Number(/\d+/.exec(baseName(name))?.[0]);

/** The highlights of a `highlights/<slug>.md`: each blockquote, and the paragraphs after it (labels, the owner's note) as its note. */
function omnivoreHighlights(markdown: string): Highlight[] {
  const highlights: Highlight[] = [];
  for (const block of markdown.replace(/\r\n/g, '\n').split(/\n{2,}/)) {
    const text = block.trim();
    if (text === '') continue;
    if (text.startsWith('>')) {
      const quote = text.split('\n').map((line) => line.replace(/^>\s?/, '').trimEnd());
      highlights.push({ quote: quote.join('\n').trim(), note: '' });
      continue;
    }
    const last = highlights.at(-1);
    if (last === undefined) highlights.push({ quote: '', note: text });
    else last.note = [last.note, text].filter(Boolean).join('\n');
  }
  return highlights;
}

async function* readOmnivore(file: ExportFile): AsyncGenerator<Entry> {
  const names = file.zipNames ?? [];
  const highlights = new Map<string, string>();
  for (const { name, stream } of zipFiles(file.path, names.filter(isHighlights)))
    highlights.set(baseName(name).replace(/\.md$/, ''), await text(stream));
  const metadata = names.filter(isMetadata).sort((a, b) => firstNumber(a) - firstNumber(b));
  for (const { name, stream } of zipFiles(file.path, metadata)) {
    for await (const { path, value } of jsonItems(stream, (at) => (at.length === 1 ? 'emit' : undefined))) {
      const item = asObject(value) ?? {};
      const where = `${baseName(name)} item ${Number(path[0]) + 1}`;
      yield withinLimits(
        { url: item.url ?? null, title: item.title ?? null, description: item.description ?? null },
        where,
        () =>
          bookmark({
            url: str(item.url).trim(),
            title: str(item.title).trim(),
            tags: (Array.isArray(item.labels) ? item.labels : []).map(str).filter(Boolean),
            date: isoDate(str(item.savedAt)),
            extras: extra('Saved with', str(item.description)),
            highlights: omnivoreHighlights(highlights.get(str(item.slug)) ?? ''),
            state: str(item.state) === 'Archived' ? ['archived'] : [],
          }),
      );
    }
  }
}

export const omnivore: Importer = {
  format: 'omnivore',
  label: 'Omnivore export',
  detect: (file) => file.zipNames?.some(isMetadata) ?? false,
  read: readOmnivore,
};
