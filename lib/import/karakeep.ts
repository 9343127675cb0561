// Karakeep's (formerly Hoarder's) JSON export, as packages/shared/import-export/exporters.ts
// writes it: `{ bookmarks: [...], lists: [...] }`, each bookmark with `createdAt` (Unix seconds),
// `title` (may be null), `tags` (names), `lists` (list ids), `content` (`{type: "link", url}`, or a
// text note; `null` for an asset), `note` and `archived`. Lists come after the bookmarks, so a
// first pass reads them for `--folders-as-tags`.
import { createReadStream } from 'node:fs';
import { extra, unixDate } from './fields';
import { asObject, type Json, jsonItems, str, withinLimits } from './json-stream';
import { bookmark, type Entry, type ExportFile, type Importer } from './types';

const names = (value: Json | undefined): string[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];

/** List ids to their names as paths from the outermost list in. */
async function readLists(file: ExportFile): Promise<Map<string, string[]>> {
  const lists = new Map<string, { name: string; parent: string }>();
  for await (const { value } of jsonItems(createReadStream(file.path), (at) =>
    at[0] === 'bookmarks' ? 'skip' : at[0] === 'lists' && at.length === 2 ? 'emit' : undefined,
  )) {
    const list = asObject(value);
    if (list) lists.set(str(list.id), { name: str(list.name), parent: str(list.parentId) });
  }
  const pathOf = (id: string, seen = new Set<string>()): string[] => {
    const list = lists.get(id);
    if (list === undefined || seen.has(id)) return [];
    seen.add(id);
    return [...pathOf(list.parent, seen), list.name];
  };
  return new Map([...lists.keys()].map((id) => [id, pathOf(id)]));
}

async function* readKarakeep(file: ExportFile): AsyncGenerator<Entry> {
  const lists = await readLists(file);
  let index = 0;
  for await (const { value } of jsonItems(createReadStream(file.path), (at) =>
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
    const fields = { url: content.url ?? null, title: entry.title ?? null, note: entry.note ?? null };
    yield withinLimits(fields, where, () =>
      bookmark({
        url: str(content.url).trim(),
        title: str(entry.title).trim(),
        tags: names(entry.tags),
        folders: names(entry.lists).flatMap((id) => lists.get(id) ?? []),
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
