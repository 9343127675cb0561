// url-notes' own JSON export (`npm run export -- --format json`, lib/export/json.ts): every note,
// every field, the summary as written; read back, each note comes back exactly as it was.
import { createReadStream } from 'node:fs';
import { JSON_EXPORT_MARK } from '@/lib/export/json';
import { asObject, type Json, jsonItems, withinLimits } from './json-stream';
import { bookmark, type Entry, type ExportFile, type Importer } from './types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isText = (value: Json | undefined): value is string => typeof value === 'string';

async function* readUrlNotes(file: ExportFile): AsyncGenerator<Entry> {
  let index = 0;
  for await (const { value } of jsonItems(createReadStream(file.path), (at) =>
    at[0] === 'notes' && at.length === 2 ? 'emit' : undefined,
  )) {
    index += 1;
    const note = asObject(value) ?? {};
    const { slug, title, url, tags, date, draft, dead, summary } = note;
    const where = `note ${index}${isText(slug) ? ` (${slug})` : ''}`;
    const wrong = [
      ...(isText(slug) && SLUG.test(slug) ? [] : ['slug']),
      ...(isText(title) ? [] : ['title']),
      ...(isText(url) ? [] : ['url']),
      ...(Array.isArray(tags) && tags.every(isText) ? [] : ['tags']),
      ...(isText(date) ? [] : ['date']),
      ...(typeof draft === 'boolean' ? [] : ['draft']),
      ...(dead === null || isText(dead) ? [] : ['dead']),
      ...(isText(summary) ? [] : ['summary']),
    ];
    if (wrong.length > 0) {
      yield { where, problem: `${wrong.join(', ')}: not as url-notes exports them` };
      continue;
    }
    yield withinLimits({ url: url ?? null, title: title ?? null, summary: summary ?? null }, where, () =>
      bookmark({
        url: String(url),
        title: String(title),
        tags: Array.isArray(tags) ? tags.map(String) : [],
        date: String(date),
        private: draft === true,
        kept: { slug: String(slug), summary: String(summary), dead: isText(dead) ? dead : undefined },
      }),
    );
  }
}

export const urlNotes: Importer = {
  format: 'url-notes',
  label: "url-notes' own JSON export",
  detect: (file) => file.zipNames === undefined && new RegExp(`^\\s*\\{\\s*"${JSON_EXPORT_MARK}"\\s*:`).test(file.head),
  read: readUrlNotes,
};
