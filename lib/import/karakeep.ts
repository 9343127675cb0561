// Karakeep's (formerly Hoarder's) JSON export, as packages/shared/import-export/exporters.ts
// writes it: `{ bookmarks: [...], lists: [...] }`, each bookmark with `createdAt` (Unix seconds),
// `title` (may be null), `tags` (names), `lists` (list ids), `content` (`{type: "link", url}`, or a
// text note; `null` for an asset), `note` and `archived`. Lists come after the bookmarks, so a
// first pass reads them for `--folders-as-tags`.
import { exportText } from './encoding';
import { extra, tooDeep, unixDate } from './fields';
import { type FolderPath, folderPaths } from './folder-paths';
import { asObject, type Json, jsonItems, str, withinLimits } from './json-stream';
import { bookmark, type Entry, type ExportFile, type Importer } from './types';

const names = (value: Json | undefined): string[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];

/** List ids to their paths. */
async function readLists(file: ExportFile): Promise<Map<string, FolderPath>> {
  const lists = new Map<string, { name: string; parent: string }>();
  for await (const { value } of jsonItems(exportText(file), (at) =>
    at[0] === 'bookmarks' ? 'skip' : at[0] === 'lists' && at.length === 2 ? 'emit' : undefined,
  )) {
    const list = asObject(value);
    if (list) lists.set(str(list.id), { name: str(list.name), parent: str(list.parentId) });
  }
  return folderPaths(lists);
}

async function* readKarakeep(file: ExportFile): AsyncGenerator<Entry> {
  const lists = await readLists(file);
  let index = 0;
  for await (const { value } of jsonItems(exportText(file), (at) =>
    at[0] === 'lists' ? 'skip' : at[0] === 'bookmarks' && at.length === 2 ? 'emit' : undefined,
  )) {
    index += 1;
    const entry = asObject(value) ?? {};
    const content = asObject(entry.content ?? null);
    const where = `bookmark ${index}${entry.title ? ` ("${str(entry.title).slice(0, 60)}")` : ''}`;
    if (content?.type !== 'link') {
      yield { where, problem: `is ${content ? `a ${str(content.type)} note` : 'a file or empty'}, not a link` };
      continue;
    }
    const listPaths = names(entry.lists).map((id) => lists.get(id) ?? []);
    const deepest = Math.max(0, ...listPaths.map((path) => (typeof path === 'number' ? path : 0)));
    if (deepest > 0) {
      yield { where: str(content.url) || where, problem: tooDeep(deepest) };
      continue;
    }
    const fields = { url: content.url ?? null, title: entry.title ?? null, note: entry.note ?? null };
    yield withinLimits(fields, where, () =>
      bookmark({
        url: str(content.url).trim(),
        title: str(entry.title).trim(),
        tags: names(entry.tags),
        folders: listPaths.flatMap((path) => (typeof path === 'number' ? [] : path)),
        date: unixDate(typeof entry.createdAt === 'number' ? entry.createdAt : undefined),
        extras: extra('Note', str(entry.note)),
        state: entry.archived === true ? ['archived'] : [],
      }),
    );
  }
}

export const karakeep: Importer = {
  format: 'karakeep',
  label: 'Karakeep (Hoarder) JSON',
  detect: (file) => file.zipNames === undefined && /^\s*\{\s*"bookmarks"\s*:/.test(file.head),
  read: readKarakeep,
};
