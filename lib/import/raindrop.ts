// Raindrop.io's CSV export: `id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite`
// (older exports have fewer columns), as importers of it read it (Karakeep's peers, e.g. the
// parsers found with `find_string "id,title,note,excerpt,url,folder,tags,created"`): `created` in
// ISO-8601, tags separated by `, `, nested folders as `Parent / Child` (a name may hold a `/`, so
// ` / ` separates when present), `Unsorted` for no folder, `favorite` `true` or `false`.

import { csvRows, hasColumns } from './csv';
import { exportText } from './encoding';
import { extra, isoDate, splitTags } from './fields';
import { bookmark, type Entry, type ExportFile, type Importer } from './types';

function folders(cell: string | undefined): string[] {
  const path = (cell ?? '').trim();
  if (path === '' || path === 'Unsorted') return [];
  return splitTags(path, path.includes(' / ') ? ' / ' : '/');
}

async function* readRaindrop(file: ExportFile): AsyncGenerator<Entry> {
  for await (const { cells } of csvRows(exportText(file))) {
    yield bookmark({
      url: (cells.url ?? '').trim(),
      title: (cells.title ?? '').trim(),
      tags: splitTags(cells.tags, ','),
      folders: folders(cells.folder),
      date: isoDate(cells.created?.trim()),
      extras: [
        ...extra('Excerpt', cells.excerpt),
        ...extra('Note', cells.note),
        ...extra('Highlights', cells.highlights),
      ],
      state: cells.favorite?.trim() === 'true' ? ['favorite'] : [],
    });
  }
}

export const raindrop: Importer = {
  format: 'raindrop',
  label: 'Raindrop.io CSV',
  detect: (file) => file.zipNames === undefined && hasColumns(file.head, ['url', 'title', 'excerpt', 'created']),
  read: readRaindrop,
};
