// `npm run export -- --format netscape|json [--out FILE] [--drafts]`: every note of the content
// folder in a file another tool imports (docs/importing.md): the Netscape bookmark file browsers
// read, or JSON with every field, which `npm run import` turns back into the same notes.
import { statSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { fail, options, orFail } from '@/lib/cli';
import { notesDir } from '@/lib/content/load';
import { EXPORT_FORMATS, exportOf, isExportFormat } from '@/lib/export';
import { quantity } from '@/lib/text';

const USAGE = 'usage: npm run export -- --format netscape|json [--out FILE] [--drafts]';
const HELP = `${USAGE}

Writes the notes of the content folder (NOTES_DIR, else content/) as one file that
another tool imports, and that npm run import reads back (docs/importing.md).

  --format netscape|json  netscape: the bookmark file browsers import (title, URL, tags, date, the
                          summary as plain text); json: every field of every note, summaries as written
  --out FILE              where to write it, whole or not at all (default: standard output)
  --drafts                netscape: drafts and unwritten notes as well (json always holds them)`;

const { values, positionals } = options('export', HELP, {
  allowPositionals: true,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    drafts: { type: 'boolean', default: false },
  },
});
if (positionals.length > 0 || values.format === undefined) fail(USAGE);
const { format, out } = values;
if (!isExportFormat(format)) fail(`export: --format: no format "${format}"; the formats are ${EXPORT_FORMATS}`);
if (out === '') fail('export: --out must name a file');
// Said before the notes are read, and in the user's words: the writer would name its temporary file.
if (out !== undefined) {
  const folder = path.dirname(out);
  const isFolder = orFail(`export: --out: ${out}`, () => statSync(folder, { throwIfNoEntry: false })?.isDirectory());
  if (!isFolder) fail(`export: --out: ${out}: there is no folder ${folder} to write it in`);
}

const dir = notesDir();
const { text, notes } = orFail('export', () => exportOf(dir, format, values.drafts));
// A file is replaced whole or not at all: written beside it, then renamed over it.
if (out === undefined) process.stdout.write(text);
else {
  orFail(`export: ${out}`, () => writeFileAtomic.sync(out, text));
  // stdout stays empty, as it is the export's when there is no --out.
  console.error(`export: ${quantity(notes, 'note')} written to ${out}`);
}
