// The export formats `npm run import` reads, in the order detection tries them (a more particular
// format before the general one it is a variant of: linkding before the Netscape file).
import { closeSync, openSync, readSync } from 'node:fs';
import { encodingOf, UTF8 } from './encoding';
import { hypothesis } from './hypothesis';
import { instapaper } from './instapaper';
import { karakeep } from './karakeep';
import { linkding } from './linkding';
import { linkwarden } from './linkwarden';
import { netscape } from './netscape';
import { omnivore } from './omnivore';
import { pinboard } from './pinboard';
import { pocket } from './pocket';
import { pocketHtml } from './pocket-html';
import { raindrop } from './raindrop';
import type { ExportFile, Importer } from './types';
import { urlNotes } from './url-notes';
import { zipNamesOf } from './zip';

export const IMPORTERS: Importer[] = [
  linkding,
  netscape,
  urlNotes,
  pocketHtml,
  pinboard,
  karakeep,
  linkwarden,
  pocket,
  raindrop,
  instapaper,
  omnivore,
  hypothesis,
];

/** Every format by name, for messages: `netscape (Netscape bookmark file), …`. */
export const FORMATS = IMPORTERS.map(({ format, label }) => `${format} (${label})`).join(', ');

/** How much of a file detection reads. */
const HEAD_BYTES = 64 * 1024;

/** An export file as detection sees it. Throws (with the system's message) when it cannot be read or its encoding told. */
export function exportFile(file: string): ExportFile {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(HEAD_BYTES);
  const length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
  closeSync(fd);
  const start = buffer.subarray(0, length);
  const zipNames = zipNamesOf(file, start.toString('latin1', 0, 4));
  // A zip's files are read as UTF-8, each on its own.
  const encoding = zipNames ? UTF8 : encodingOf(start);
  return { path: file, encoding, head: new TextDecoder(encoding.label).decode(start), zipNames };
}

/** The importer for `file`: the one `format` names, else the first whose detection knows the file. */
export function importerFor(file: ExportFile, format?: string): Importer {
  if (format !== undefined) {
    const named = IMPORTERS.find((importer) => importer.format === format);
    if (named === undefined) throw new Error(`--format: no format "${format}"; the formats are ${FORMATS}`);
    return named;
  }
  // An empty file (an export saved before it was written, a download cut off) is said as such,
  // rather than taken for a format this import does not know.
  if (file.head.trim() === '' && file.zipNames === undefined) throw new Error('is empty: there is nothing to import');
  const found = IMPORTERS.find((importer) => importer.detect(file));
  if (found === undefined) throw new Error(`not an export this import knows; it reads ${FORMATS}`);
  return found;
}
