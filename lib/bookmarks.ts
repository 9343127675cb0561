// Reading the bookmark exports that people already have: the Netscape bookmark file (what every
// browser, Pinboard, linkding and Shaarli export) and Pinboard's JSON export.
import { Parser } from 'htmlparser2';
import { isCalendarDate } from './dates';
import { withoutBom } from './text';

/** One bookmark as an export holds it. */
export type Bookmark = {
  url: string;
  title: string;
  tags: string[];
  /** Folder names from the outermost in, for `--folders-as-tags`. */
  folders: string[];
  /** `YYYY-MM-DD`, when the export dates the bookmark. */
  date?: string;
  description: string;
  /** Marked private in the export (Netscape `PRIVATE="1"`, Pinboard `shared: "no"`). */
  private: boolean;
};

export type BookmarkFile = { format: 'Netscape bookmark file' | 'Pinboard JSON'; bookmarks: Bookmark[] };

/** Reads an export, telling its format by its content. Throws an Error with a one-line message. */
export function readBookmarks(text: string): BookmarkFile {
  const start = withoutBom(text).trimStart();
  if (/^<!DOCTYPE NETSCAPE-Bookmark-file-1>/i.test(start) || /<DL>/i.test(start.slice(0, 5000))) {
    const bookmarks = readNetscape(start);
    if (bookmarks.length === 0) throw new Error('a Netscape bookmark file, but it holds no bookmarks (<DT><A HREF=…>)');
    return { format: 'Netscape bookmark file', bookmarks };
  }
  if (start.startsWith('[') || start.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(start);
    } catch (error) {
      throw new Error(`looks like JSON but is not valid: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { format: 'Pinboard JSON', bookmarks: readPinboard(data) };
  }
  throw new Error('not a bookmark export: expected a Netscape bookmark file (HTML) or a Pinboard JSON export');
}

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

function readNetscape(html: string): Bookmark[] {
  const bookmarks: Bookmark[] = [];
  const folders: string[] = [];
  let heading: string | undefined; // the folder name just read, which the next <DL> opens
  let browserRoot = false; // the folder being read is marked as the browser's own toolbar or "other"
  let text = '';
  let reading: 'folder' | 'title' | 'description' | undefined;
  let current: Bookmark | undefined;

  const finish = () => {
    if (reading === 'folder') {
      const name = text.trim();
      // `folders` holds the export's own outer list: one entry means the top level.
      const atTop = folders.length <= 1;
      heading = atTop && (browserRoot || BROWSER_ROOT_FOLDERS.has(name.toLowerCase())) ? '' : name;
    }
    if (reading === 'title' && current) current.title = text.trim();
    if (reading === 'description' && current) current.description = text.trim();
    reading = undefined;
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'h3') {
          finish();
          // A folder's own <DD> description must not land on the bookmark before it.
          current = undefined;
          reading = 'folder';
          browserRoot =
            attributes.personal_toolbar_folder === 'true' ||
            attributes.unfiled_bookmarks_folder === 'true' ||
            attributes.id === 'com.apple.ReadingList';
        } else if (name === 'dl') {
          finish();
          folders.push(heading ?? '');
          heading = undefined;
        } else if (name === 'a') {
          finish();
          current = {
            url: (attributes.href ?? '').trim(),
            title: '',
            tags: (attributes.tags ?? '')
              .split(',')
              .map((tag) => tag.trim())
              .filter(Boolean),
            folders: folders.filter(Boolean),
            date: unixDate(attributes.add_date),
            description: '',
            private: attributes.private === '1',
          };
          bookmarks.push(current);
          reading = 'title';
        } else if (name === 'dd') {
          finish();
          reading = 'description';
        } else if (name === 'dt') {
          finish();
        }
      },
      ontext(chunk) {
        if (reading) text += chunk;
      },
      onclosetag(name) {
        if (name === 'a' || name === 'h3') finish();
        if (name === 'dl') {
          finish();
          folders.pop();
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  finish();
  return bookmarks;
}

/** The day after `day`, both `YYYY-MM-DD`. */
export function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The date an undated bookmark takes: the newest valid date in its export (not after `latest`), so
 * that importing one file twice writes the same notes; undefined when the export has none.
 */
export function newestDate(bookmarks: Bookmark[], latest: string): string | undefined {
  let newest: string | undefined;
  for (const { date } of bookmarks)
    if (date && date <= latest && (newest === undefined || date > newest)) newest = date;
  return newest;
}

function readPinboard(data: unknown): Bookmark[] {
  if (!Array.isArray(data)) throw new Error('JSON, but not a Pinboard export: expected a list of bookmarks');
  return data.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null || typeof (entry as { href?: unknown }).href !== 'string') {
      throw new Error(`JSON, but not a Pinboard export: entry ${index + 1} has no "href"`);
    }
    const { href, description, extended, tags, time, shared } = entry as Record<string, unknown>;
    return {
      url: String(href).trim(),
      title: typeof description === 'string' ? description.trim() : '',
      tags: typeof tags === 'string' ? tags.split(/\s+/).filter(Boolean) : [],
      folders: [],
      date: typeof time === 'string' && isCalendarDate(time.slice(0, 10)) ? time.slice(0, 10) : undefined,
      description: typeof extended === 'string' ? extended.trim() : '',
      private: shared === 'no',
    };
  });
}

function unixDate(seconds: string | undefined): string | undefined {
  const value = Number(seconds);
  if (!seconds || !Number.isFinite(value) || value <= 0) return undefined;
  // Some exporters write milliseconds or microseconds; a date after 3000 means a smaller unit.
  const ms = value > 3e13 ? value / 1000 : value > 3e10 ? value : value * 1000;
  const date = new Date(ms);
  // A garbled timestamp leaves the bookmark undated (the import dates and reports it) rather than
  // failing the whole import.
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999 ? undefined : date.toISOString().slice(0, 10);
}
