// Reading a content folder: every note file and tags.yml, parsed, checked and indexed, cached
// for the process. Reports every problem instead of throwing.
import { channel } from 'node:diagnostics_channel';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '@/lib/messages';
import { isProduction, notesDirSetting } from '@/lib/settings/config.mjs';
import { ALIASES_FILE, loadTagAliases, type TagAliases } from './aliases';
import { listNoteFiles } from './files';
import { indexNotes, type Library } from './indexing';
import { type ParsedNote, parseNote } from './note';
import type { ContentProblem } from './problems';

export type LoadResult = { library: Library; problems: ContentProblem[] };

/** A content folder's files, each read and parsed, before the folder is indexed. */
export type ContentFolder = {
  dir: string;
  parsed: ParsedNote[];
  aliases: TagAliases;
  /** What is wrong with tags.yml and with files that look like notes but are not read. */
  problems: ContentProblem[];
};

/**
 * Published each time a process reads a content folder's files: `{ dir, notes }`, the number of
 * note files read. The benchmark and the scale test count these (once per process, at most);
 * with no subscriber, publishing costs nothing.
 */
export const notesRead = channel('url-notes:notes-read');

/** The content folder: `NOTES_DIR` when set, else `content/`. */
export function notesDir(): string {
  return path.resolve(notesDirSetting());
}

/** Reads and validates a content folder; reports every problem instead of throwing. */
export function loadNotes(dir: string = notesDir()): LoadResult {
  // A production build reads and parses each note once per process; in development an edit must
  // show on reload, so the cache is keyed by every file's modification time and size as well.
  const production = isProduction();
  const cache = caches.get(dir);
  if (production && cache) return cache.result;
  const listed = listNoteFiles(dir);
  const stamp = production ? '' : folderStamp(dir, [...listed.names, ALIASES_FILE]);
  if (cache?.stamp === stamp) return cache.result;
  const result = indexFolder(readFolder(dir, listed));
  caches.set(dir, { stamp, result });
  return result;
}

/** Reads and parses every note file of a folder, and its tags.yml; neither indexed nor cached. */
export function readFolder(dir: string, listed = listNoteFiles(dir)): ContentFolder {
  notesRead.publish({ dir, notes: listed.names.length });
  const { aliases, problems } = loadTagAliases(dir);
  const parsed = listed.names.map((name) => readNote(dir, name, aliases));
  return { dir, parsed, aliases, problems: [...problems, ...listed.problems] };
}

/** Indexes a folder's parsed notes, with every problem the folder has. */
export function indexFolder({ dir, parsed, aliases, problems }: ContentFolder): LoadResult {
  const result = indexNotes(dir, parsed, aliases);
  result.problems.unshift(...problems);
  return result;
}

const CACHE = Symbol.for('url-notes.notes');
// Next.js bundles each route on its own, so one build process may hold several copies of this
// module; a cache on globalThis is the one they share.
type Cache = Map<string, { stamp: string; result: LoadResult }>;
const shared = globalThis as typeof globalThis & { [CACHE]?: Cache };
shared[CACHE] ??= new Map();
const caches: Cache = shared[CACHE];

/** The note files of a content folder: every `.md` file (or symlink to one), sorted. */
export function noteFileNames(dir: string): string[] {
  return listNoteFiles(dir).names;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads one note file; text that is not UTF-8 is reported, never published garbled. */
function readNote(dir: string, name: string, aliases: TagAliases): ParsedNote {
  const file = displayPath(dir, name);
  const bytes = readFileSync(path.join(dir, name));
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const message = `is not valid UTF-8 text (byte ${firstInvalidByte(bytes)}); save it as UTF-8`;
    return { file, problems: [{ file, field: 'file', message }] };
  }
  return parseNote(file, text, aliases);
}

/** The position (from 1, as editors count) of the first byte that is not UTF-8. */
function firstInvalidByte(bytes: Buffer): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
    // Everything before the first bad byte decoded as written, so its length in bytes is exact;
    // a U+FFFD written in the file itself is EF BF BD there, and is skipped.
    const offset = Buffer.byteLength(text.slice(0, at));
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset + 1;
  }
  return bytes.length;
}

function folderStamp(dir: string, names: string[]): string {
  return names
    .map((name) => {
      const stats = statSync(path.join(dir, name), { throwIfNoEntry: false });
      return `${name}:${stats?.mtimeMs}:${stats?.size}`;
    })
    .join('\n');
}
