// Pinboard's JSON export (the posts/all shape of its v1 API): a list of entries with `href`,
// `description` (the title), `extended` (the description), `time` (ISO-8601), `shared` and
// `toread` ("yes"/"no") and space-separated `tags`. Read entry by entry as the file streams in.
import { exportText } from './encoding';
import { extra, isoDate, splitTags } from './fields';
import { asObject, describeJson, jsonItems, overlong, str } from './json-stream';
import { bookmark, type Entry, type ExportFile, type Importer } from './types';

async function* readPinboard(file: ExportFile): AsyncGenerator<Entry> {
  let index = 0;
  for await (const { path, value } of jsonItems(exportText(file), (at) => (at.length === 1 ? 'emit' : undefined))) {
    if (path.length !== 1) continue;
    index += 1;
    const entry = asObject(value);
    const where = `entry ${index}`;
    if (entry === undefined) {
      yield { where, problem: `is ${describeJson(value)}, not a bookmark` };
      continue;
    }
    const { href } = entry;
    const problem =
      typeof href === 'string'
        ? overlong(entry, ['description', 'extended'])
        : `"href" is ${describeJson(href)}, not a URL`;
    if (problem) {
      yield { where: typeof href === 'string' ? href : where, problem };
      continue;
    }
    yield bookmark({
      url: str(href).trim(),
      title: str(entry.description).trim(),
      tags: splitTags(str(entry.tags), /\s+/),
      date: isoDate(str(entry.time)),
      extras: extra('Saved with', str(entry.extended)),
      state: str(entry.toread) === 'yes' ? ['unread'] : [],
      private: str(entry.shared) === 'no',
    });
  }
}

export const pinboard: Importer = {
  format: 'pinboard',
  label: 'Pinboard JSON',
  detect: (file) => file.zipNames === undefined && /^\s*\[\s*(\{\s*"href"|\])/.test(file.head),
  read: readPinboard,
};
