// Instapaper's CSV export: `URL,Title,Selection,Folder,Timestamp,Tags` (older exports stop at
// `Folder` or `Timestamp`), as Karakeep's parsers.ts reads it and a real export shows (the one in
// stephenmatheis/bookmarks): `Timestamp` in Unix seconds, `Tags` a JSON array inside the cell
// (`"[""coding""]"`), `Folder` `Unread`, `Archive`, `Starred` or one of the person's own.

import { csvRows, hasColumns } from './csv';
import { exportText } from './encoding';
import { extra, splitTags, unixDate } from './fields';
import { type BookmarkState, bookmark, type Entry, type ExportFile, type Importer } from './types';

const FOLDER_STATES: Record<string, BookmarkState> = { Unread: 'unread', Archive: 'archived', Starred: 'favorite' };

/** The tags of a `Tags` cell: a JSON array of names, or, failing that, names separated by commas. */
function tagsOf(cell: string | undefined): string[] | string {
  const text = (cell ?? '').trim();
  if (!text.startsWith('[')) return splitTags(text, ',');
  try {
    const names: unknown = JSON.parse(text);
    if (Array.isArray(names)) {
      // A name is text, or a number that reads as one; anything else would become "[object Object]".
      const odd = names.find((name) => typeof name !== 'string' && typeof name !== 'number');
      if (odd !== undefined) return `Tags: holds ${JSON.stringify(odd).slice(0, 40)}, which is not a tag name`;
      return names
        .map(String)
        .map((name) => name.trim())
        .filter(Boolean);
    }
  } catch {
    // Not JSON: said below, as the problem of this row.
  }
  return `Tags: is not a JSON list of names (${text.slice(0, 60)})`;
}

async function* readInstapaper(file: ExportFile): AsyncGenerator<Entry> {
  for await (const { cells, line } of csvRows(exportText(file))) {
    const url = (cells.URL ?? '').trim();
    const tags = tagsOf(cells.Tags);
    if (typeof tags === 'string') {
      yield { where: url || `line ${line}`, problem: tags };
      continue;
    }
    const folder = (cells.Folder ?? '').trim();
    const state = FOLDER_STATES[folder];
    yield bookmark({
      url,
      title: (cells.Title ?? '').trim(),
      tags,
      folders: state || folder === '' ? [] : [folder],
      date: unixDate(cells.Timestamp),
      extras: extra('Selection', cells.Selection),
      state: state ? [state] : [],
    });
  }
}

export const instapaper: Importer = {
  format: 'instapaper',
  label: 'Instapaper CSV',
  detect: (file) => file.zipNames === undefined && hasColumns(file.head, ['url', 'title', 'selection', 'folder']),
  read: readInstapaper,
};
