// The files of an export and their size, as the GitHub Pages upload counts it.
// actions/upload-pages-artifact packs the folder with `tar -cf … .`; GitHub documents 1 GB as the
// most a published Pages site may be, and actions/deploy-pages warns above that that the deploy
// might fail. Tar adds a 512-byte header per file and folder, pads contents to 512 bytes, and
// pads the archive to 10,240, which at 40,000 files adds tens of megabytes to the plain sum.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** GitHub Pages' limit on a published site, in bytes (1 GB, taken as 10⁹ to err on the safe side). */
export const PAGES_LIMIT_BYTES = 1e9;

const BLOCK = 512;
const RECORD = 20 * BLOCK;
/** GNU tar writes a name longer than this as an extra `././@LongLink` entry before the file's own. */
const TAR_NAME_MAX = 100;

/** A file under a folder: its path relative to the folder, with `/` separators, and its size. */
export type FileEntry = { file: string; bytes: number };

/** Everything under `dir`, recursively: relative paths with `/` separators, folders flagged. */
function entriesUnder(dir: string): (FileEntry & { isFile: boolean })[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => {
    const stats = statSync(path.join(dir, name));
    return { file: name.split(path.sep).join('/'), bytes: stats.size, isFile: stats.isFile() };
  });
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): FileEntry[] {
  return entriesUnder(dir)
    .filter(({ isFile }) => isFile)
    .map(({ file, bytes }) => ({ file, bytes }));
}

export type SiteSize = { files: number; bytes: number; tarBytes: number };

const blocks = (bytes: number) => Math.ceil(bytes / BLOCK) * BLOCK;

/** Files, their bytes, and the size of the tar that the Pages upload makes of `dir`. */
export function siteSize(dir: string): SiteSize {
  let files = 0;
  let bytes = 0;
  let tarBytes = BLOCK; // the header of `./`
  for (const entry of entriesUnder(dir)) {
    // Tar names entries `./tag/llm/index.html`, folders with a trailing slash.
    const nameBytes = Buffer.byteLength(`./${entry.file}${entry.isFile ? '' : '/'}`);
    tarBytes += BLOCK + (nameBytes > TAR_NAME_MAX ? BLOCK + blocks(nameBytes + 1) : 0);
    if (!entry.isFile) continue;
    files += 1;
    bytes += entry.bytes;
    tarBytes += blocks(entry.bytes);
  }
  tarBytes = Math.ceil((tarBytes + 2 * BLOCK) / RECORD) * RECORD; // two zero blocks end the archive
  return { files, bytes, tarBytes };
}

/** `1,105.1 MB`. */
export function mb(bytes: number): string {
  return `${(bytes / 1e6).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

/**
 * How many notes like the `notes` of this site fit GitHub Pages' limit: the artifact grows in
 * proportion to the notes (pages, list pages, search index), so the share of the limit scales.
 */
export function notesThatFit(notes: number, size: SiteSize): number {
  return Math.floor((notes * PAGES_LIMIT_BYTES) / size.tarBytes / 100) * 100;
}

/** One line on the size, and a warning line when GitHub Pages may refuse the site. */
export function sizeReport(dir: string, size: SiteSize, notes: number): { line: string; warning?: string } {
  const fit =
    notes > 0
      ? `; about ${notesThatFit(notes, size).toLocaleString('en')} notes like these ${notes.toLocaleString('en')} would fit GitHub Pages’ 1 GB`
      : '';
  const line = `${dir}/: ${size.files.toLocaleString('en')} files, ${mb(size.bytes)} (${mb(size.tarBytes)} as the Pages artifact)${fit}`;
  if (size.tarBytes <= PAGES_LIMIT_BYTES) return { line };
  return {
    line,
    warning: `${dir}/ is over the 1 GB that GitHub Pages allows a site (${mb(size.tarBytes)}), so a deploy there may fail; docs/hosting-elsewhere.md publishes it on an S3 bucket behind a CDN.`,
  };
}
