// url-notes' own JSON export (`npm run export -- --format json`, lib/export/json.ts): every note,
// every field, the summary as written; read back, each note comes back exactly as it was.
import { createReadStream } from 'node:fs';
import { isNoteSlug } from '@/lib/content/note';
import { JSON_EXPORT_MARK } from '@/lib/export/json';
import { asObject, type Json, jsonItems, overlong, str } from './json-stream';
import { bookmark, type Entry, type ExportFile, type Importer } from './types';

const isText = (value: Json | undefined): value is string => typeof value === 'string';

async function* readUrlNotes(file: ExportFile): AsyncGenerator<Entry> {
  let index = 0;
  for await (const { value } of jsonItems(createReadStream(file.path), (at) =>
    at[0] === 'notes' && at.length === 2 ? 'emit' : undefined,
  )) {
    index += 1;
    const note = asObject(value) ?? {};
    const tooLong = overlong(note, ['url', 'title', 'summary']);
    if (tooLong) {
      yield { where: str(note.url) || `note ${index}`, problem: tooLong };
      continue;
    }
    const wrong: string[] = [];
    /** The field's text, or '' with the field named as wrong. */
    const text = (field: string) => {
      const held = note[field];
      if (typeof held === 'string') return held;
      wrong.push(field);
      return '';
    };
    const slug = text('slug');
    // A file name, never a path: `../x` would write outside the content folder.
    if (!isNoteSlug(slug) && !wrong.includes('slug')) wrong.push('slug');
    const [title, url] = [text('title'), text('url')];
    const tags = Array.isArray(note.tags) && note.tags.every(isText) ? note.tags : [];
    if (tags.length === 0) wrong.push('tags');
    const [date, summary] = [text('date'), text('summary')];
    const { draft, dead } = note;
    if (typeof draft !== 'boolean') wrong.push('draft');
    if (dead !== null && !isText(dead)) wrong.push('dead');
    const where = `note ${index}${slug ? ` (${slug})` : ''}`;
    if (wrong.length > 0) {
      yield { where, problem: `${wrong.join(', ')}: not as url-notes exports them` };
      continue;
    }
    yield bookmark({
      url,
      title,
      tags,
      date,
      private: draft === true,
      kept: { slug, summary, dead: isText(dead) ? dead : undefined },
    });
  }
}

export const urlNotes: Importer = {
  format: 'url-notes',
  label: "url-notes' own JSON export",
  detect: (file) => file.zipNames === undefined && new RegExp(`^\\s*\\{\\s*"${JSON_EXPORT_MARK}"\\s*:`).test(file.head),
  read: readUrlNotes,
};
