// Pocket's export (Pocket closed in 2025): a zip of `part_000000.csv`, `part_000001.csv`, … read
// as one, or a single CSV. Columns `title,url,time_added,tags,status` (older exports add `cursor`),
// as Karakeep's and Linkwarden's Pocket importers read them and real exports show (the one in
// sbargy/pocket-bookmarker-tools): `time_added` in Unix seconds, tags joined by `|`, `status`
// `unread` or `archive`. Pocket writes the URL as the title when it had none, and "Problem
// loading page" for some pages it could not fetch: neither is a title.
import type { Readable } from 'node:stream';
import { csvRows, hasColumns } from './csv';
import { exportText } from './encoding';
import { splitTags, unixDate } from './fields';
import { bookmark, type Entry, type ExportFile, type Importer } from './types';
import { baseName, zipFiles } from './zip';

const COLUMNS = ['title', 'url', 'time_added'];
const NOT_TITLES = new Set(['problem loading page']);
const isPart = (name: string) => /^part_\d+\.csv$/.test(baseName(name));

/** The CSV files of a Pocket export: the zip's parts in order, or the file itself. */
function* parts(file: ExportFile): Generator<{ name: string; stream: Readable }> {
  if (file.zipNames === undefined) yield { name: '', stream: exportText(file) };
  else yield* zipFiles(file.path, file.zipNames.filter(isPart).sort());
}

async function* readPocket(file: ExportFile): AsyncGenerator<Entry> {
  for (const part of parts(file)) {
    for await (const { cells } of csvRows(part.stream)) {
      const url = (cells.url ?? '').trim();
      const title = (cells.title ?? '').trim();
      const status = cells.status?.trim();
      yield bookmark({
        url,
        title: title === url || NOT_TITLES.has(title.toLowerCase()) ? '' : title,
        tags: splitTags(cells.tags, '|'),
        date: unixDate(cells.time_added),
        state: status === 'archive' ? ['archived'] : status === 'unread' ? ['unread'] : [],
      });
    }
  }
}

export const pocket: Importer = {
  format: 'pocket',
  label: 'Pocket export',
  detect: (file) => (file.zipNames === undefined ? hasColumns(file.head, COLUMNS) : file.zipNames.some(isPart)),
  read: readPocket,
};
