// Linkwarden's JSON export (apps/web/lib/api/controllers/migration/exportData.ts): the account
// with its `collections` (`id`, `name`, `parentId`, then `links`: `name`, `url`, `description`,
// `tags[].name`, `createdAt`, `importDate`) and `pinnedLinks` at the end. A first pass reads the
// collections' names and the pinned links; the second yields links as they stream in.
import { exportText } from './encoding';
import { extra, isoDate, tooDeep } from './fields';
import { folderPaths } from './folder-paths';
import { asObject, type Json, type JsonPath, jsonItems, str, withinLimits } from './json-stream';
import { bookmark, type Entry, type ExportFile, type Importer } from './types';

const isLink = (at: JsonPath) => at[0] === 'collections' && at[2] === 'links';

async function readIndex(file: ExportFile) {
  const collections = new Map<Json, { name: string; parent: Json }>();
  const pinned = new Set<string>();
  for await (const { path, value } of jsonItems(exportText(file), (at) =>
    isLink(at) || at[2] === 'rssSubscriptions'
      ? 'skip'
      : (at[0] === 'collections' || at[0] === 'pinnedLinks') && at.length === 2
        ? 'emit'
        : undefined,
  )) {
    const item = asObject(value) ?? {};
    if (path[0] === 'pinnedLinks') pinned.add(str(item.url));
    else collections.set(item.id ?? null, { name: str(item.name), parent: item.parentId ?? null });
  }
  return { paths: folderPaths(collections), pinned };
}

async function* readLinkwarden(file: ExportFile): AsyncGenerator<Entry> {
  const { paths, pinned } = await readIndex(file);
  for await (const { path, value, parents } of jsonItems(exportText(file), (at) =>
    at[0] === 'pinnedLinks' || at[2] === 'rssSubscriptions'
      ? 'skip'
      : isLink(at) && at.length === 4
        ? 'emit'
        : undefined,
  )) {
    const link = asObject(value) ?? {};
    const collection = asObject(parents[2] ?? null) ?? {};
    const where = `collection ${str(collection.name) || path[1]}, link ${Number(path[3]) + 1}`;
    if (typeof link.url !== 'string' || link.url === '') {
      yield { where, problem: `is ${str(link.type) || 'an item'} with no URL (an uploaded file, not a link)` };
      continue;
    }
    const folders = paths.get(collection.id ?? null) ?? [];
    if (typeof folders === 'number') {
      yield { where: link.url, problem: tooDeep(folders) };
      continue;
    }
    const fields = { url: link.url, name: link.name ?? null, description: link.description ?? null };
    yield withinLimits(fields, where, () =>
      bookmark({
        url: str(link.url).trim(),
        title: str(link.name).trim(),
        tags: (Array.isArray(link.tags) ? link.tags : []).map((tag) => str(asObject(tag)?.name)).filter(Boolean),
        folders,
        date: isoDate(str(link.importDate) || str(link.createdAt)),
        extras: extra('Saved with', str(link.description)),
        state: pinned.has(str(link.url)) ? ['favorite'] : [],
      }),
    );
  }
}

export const linkwarden: Importer = {
  format: 'linkwarden',
  label: 'Linkwarden JSON',
  detect: (file) => file.zipNames === undefined && /^\s*\{/.test(file.head) && /"collections"\s*:\s*\[/.test(file.head),
  read: readLinkwarden,
};
