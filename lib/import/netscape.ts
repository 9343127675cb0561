// The Netscape bookmark file, what every browser exports (Chrome, Firefox, Edge, Safari) and
// Pinboard, linkding and Shaarli too, read as it streams in. Shapes from the exporters' source:
// Firefox's and Chrome's `<DL><p>` tree (PERSONAL_TOOLBAR_FOLDER, UNFILED_BOOKMARKS_FOLDER, ICON
// data URIs megabytes long), Safari's (no top-level `<DL>`, a `com.apple.ReadingList` folder), and
// linkding's bookmarks/services/exporter.py (PRIVATE, TOREAD, `[linkding-notes]`, archived tag).
import { Parser } from 'htmlparser2';
import { isCalendarDate } from '@/lib/dates';
import { deadLinkLine } from '@/lib/export/netscape';
import { exportText } from './encoding';
import { extra, MAX_FIELD_CHARS, MAX_FOLDER_DEPTH, tooLong, unixDate } from './fields';
import { type Bookmark, bookmark, type Entry, type ExportFile, type Importer } from './types';

// The folders a browser puts every bookmark in, which say where it sat in the browser, not what it
// is about: Firefox, Chrome, Edge and Safari, as their exports name them (lowercase). Only at the top.
const BROWSER_ROOT_FOLDERS = new Set([
  'bookmarks toolbar',
  'bookmarks menu',
  'other bookmarks',
  'mobile bookmarks',
  'bookmarks bar',
  'favorites bar',
  'favourites bar',
  'other favorites',
  'other favourites',
  'mobile favorites',
  'mobile favourites',
  'bookmarksbar',
  'bookmarksmenu',
  'favorites',
  'favourites',
  'reading list',
]);

// linkding marks an archived bookmark with a tag (`linkding:archived` before version 1.23): state, not a topic.
const ARCHIVED_TAGS = new Set(['linkding:bookmarks.archived', 'linkding:archived']);
const LINKDING_NOTES = /\[linkding-notes\]([\s\S]*?)\[\/linkding-notes\]/;

type Pending = { bookmark: Bookmark; problem?: string };

/** Why a file whose folders nest deeper than `depth` is not read. */
const tooDeepFile = (depth: number) =>
  `folders nested more than ${depth} deep, deeper than import reads; move the deepest nearer the top and export again`;

/** A bookmark's `<DD>`: its description, and linkding's own notes between `[linkding-notes]` marks. */
function describe(pending: Pending, text: string) {
  const notes = LINKDING_NOTES.exec(text);
  const { dead } = pending.bookmark;
  // url-notes' own export starts a dead link's description with a line saying so: the DEAD attribute keeps it.
  const own = dead && text.startsWith(deadLinkLine(dead)) ? text.slice(deadLinkLine(dead).length) : text;
  const description = notes ? own.replace(LINKDING_NOTES, '') : own;
  pending.bookmark.extras.push(...extra('Saved with', description), ...extra('Note', notes?.[1]));
}

/** The bookmarks of a Netscape bookmark file, each yielded once its description is read. */
export async function* readNetscape(file: ExportFile): AsyncGenerator<Entry> {
  const done: Entry[] = [];
  const folders: string[] = [];
  let heading: string | undefined; // the folder name just read, which the next <DL> opens
  let browserRoot = false; // the folder being read is marked as the browser's own toolbar or "other"
  let text: string[] = [];
  let chars = 0;
  let reading: 'folder' | 'title' | 'description' | undefined;
  let current: Pending | undefined;

  const settle = () => {
    if (current)
      done.push(
        current.problem
          ? { where: current.bookmark.url || 'a bookmark with no URL', problem: current.problem }
          : current.bookmark,
      );
    current = undefined;
  };
  const finish = () => {
    const value = text.join('').trim();
    if (reading === 'folder') {
      // `folders` holds the export's own outer list: one entry means the top level.
      const atTop = folders.length <= 1;
      heading = atTop && (browserRoot || BROWSER_ROOT_FOLDERS.has(value.toLowerCase())) ? '' : value;
    } else if (current && (reading === 'title' || reading === 'description')) {
      const field = reading === 'title' ? 'title' : 'description';
      if (chars > MAX_FIELD_CHARS) current.problem ??= tooLong(field, chars);
      else if (field === 'title') current.bookmark.title = value;
      else describe(current, value);
    }
    reading = undefined;
    text = [];
    chars = 0;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'h3') {
          finish();
          // A folder's own <DD> description must not land on the bookmark before it.
          settle();
          reading = 'folder';
          browserRoot =
            attributes.personal_toolbar_folder === 'true' ||
            attributes.unfiled_bookmarks_folder === 'true' ||
            attributes.id === 'com.apple.ReadingList';
        } else if (name === 'dl') {
          finish();
          // `folders` starts with the export's own outer list, which is no folder. The parser's
          // cost per tag grows with the depth, so a deeper file is refused whole (issue 31).
          if (folders.length > MAX_FOLDER_DEPTH) throw new Error(tooDeepFile(MAX_FOLDER_DEPTH));
          folders.push(heading ?? '');
          heading = undefined;
        } else if (name === 'a') {
          finish();
          settle();
          const tags = (attributes.tags ?? '')
            .split(',')
            .map((tag) => tag.trim())
            .filter(Boolean);
          const archived = tags.some((tag) => ARCHIVED_TAGS.has(tag));
          current = {
            bookmark: bookmark({
              url: (attributes.href ?? '').trim(),
              title: '',
              tags: tags.filter((tag) => !ARCHIVED_TAGS.has(tag)),
              folders: folders.filter(Boolean),
              date: unixDate(attributes.add_date),
              state: [
                ...(attributes.toread === '1' ? ['unread' as const] : []),
                ...(archived ? ['archived' as const] : []),
              ],
              private: attributes.private === '1',
              dead: attributes.dead !== undefined && isCalendarDate(attributes.dead) ? attributes.dead : undefined,
            }),
          };
          reading = 'title';
        } else if (name === 'dd') {
          finish();
          reading = 'description';
        } else if (name === 'dt') {
          finish();
        }
      },
      ontext(chunk) {
        if (!reading) return;
        chars += chunk.length;
        if (chars <= MAX_FIELD_CHARS) text.push(chunk);
      },
      onclosetag(name) {
        if (name === 'a' || name === 'h3') finish();
        if (name === 'dl') {
          finish();
          settle();
          folders.pop();
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  for await (const chunk of exportText(file)) {
    parser.write(String(chunk));
    yield* done.splice(0);
  }
  parser.end();
  finish();
  settle();
  yield* done.splice(0);
}

/** Whether a file starts like a bookmark file: the doctype, or its list markup near the top (Safari has no `<DL>`). */
export function looksNetscape(head: string): boolean {
  return /^\s*<!DOCTYPE NETSCAPE-Bookmark-file-1>/i.test(head) || /<DL>|<DT><A /i.test(head);
}

export const netscape: Importer = {
  format: 'netscape',
  label: 'Netscape bookmark file',
  detect: (file) => file.zipNames === undefined && looksNetscape(file.head),
  read: readNetscape,
};
