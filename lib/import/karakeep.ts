// Karakeep's (formerly Hoarder's) JSON export, as packages/shared/import-export/exporters.ts
// writes it: `{ bookmarks: [...], lists: [...] }`, each bookmark with `createdAt` (Unix seconds),
// `title` (may be null), `tags` (names), `lists` (list ids), `content` (`{type: "link", url}`, or a
// text note; `null` for an asset), `note` and `archived`. Lists come after the bookmarks, so a
// first pass reads them for `--folders-as-tags`.
import { exportText } from './encoding';
import { extra, MAX_FOLDER_DEPTH, tooDeep, unixDate } from './fields';
import { asObject, type Json, jsonItems, str, withinLimits } from './json-stream';
import { bookmark, type Entry, type ExportFile, type Importer } from './types';

const names = (value: Json | undefined): string[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];

/** A list's names from the outermost list in, or, past MAX_FOLDER_DEPTH, only its depth. */
type ListPath = string[] | number;

/** List ids to their paths. */
async function readLists(file: ExportFile): Promise<Map<string, ListPath>> {
  const lists = new Map<string, { name: string; parent: string }>();
  for await (const { value } of jsonItems(exportText(file), (at) =>
    at[0] === 'bookmarks' ? 'skip' : at[0] === 'lists' && at.length === 2 ? 'emit' : undefined,
  )) {
    const list = asObject(value);
    if (list) lists.set(str(list.id), { name: str(list.name), parent: str(list.parentId) });
  }
  // Each path is its parent's and one name, found once: lists chained by `parentId` cost their
  // count times at most MAX_FOLDER_DEPTH, and no recursion as deep as the chain (issue 31).
  const paths = new Map<string, ListPath>();
  for (const id of lists.keys()) {
    const chain: { id: string; name: string }[] = [];
    const onChain = new Set<string>();
    let at = id;
    for (let list = lists.get(at); list && !paths.has(at) && !onChain.has(at); list = lists.get(at)) {
      chain.push({ id: at, name: list.name });
      onChain.add(at);
      at = list.parent;
    }
    // The list above is known, missing, or (in a cycle) on this chain, where the path starts again.
    let above: ListPath = paths.get(at) ?? [];
    for (const { id: link, name } of chain.reverse()) {
      above =
        typeof above === 'number' ? above + 1 : above.length < MAX_FOLDER_DEPTH ? [...above, name] : above.length + 1;
      paths.set(link, above);
    }
  }
  return paths;
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
