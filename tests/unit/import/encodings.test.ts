// Import never changes text without a word (issue 31): a CSV saved by a spreadsheet as UTF-16 or
// Latin-1 is read in its encoding, said in the report's first line; bytes that are not text in it
// are refused in one line; a tag that is not a name is reported, never "[object Object]".
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { scratchNotes } from '../scratch';
import { examples, importInto, notesIn } from './helpers';

const { folder } = scratchNotes();
const HEADER = 'URL,Title,Selection,Folder,Timestamp,Tags';
const ROWS = [
  'https://accents.example/cafe,Café crème à la française,Un résumé où l’on lit,Unread,1600000000,',
  'https://accents.example/naive,Naïve façade,Déjà vu,Archive,1600000060,',
];
const TITLES = ['Café crème à la française', 'Naïve façade'];

/** An export file beside the notes' folder, removed after the test. */
function exportFile(name: string, bytes: Buffer): string {
  const file = `${folder.dir}-${name}`;
  writeFileSync(file, bytes);
  onTestFinished(() => rmSync(file, { force: true }));
  return file;
}

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('an export not in UTF-8', () => {
  it.each([
    [
      'UTF-16 LE with its mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\r\n${ROWS.join('\r\n')}\r\n`, 'utf16le')]),
      'utf-16le',
    ],
    [
      'UTF-16 BE with its mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(`${HEADER}\n${ROWS.join('\n')}\n`)]),
      'utf-16be',
    ],
    ['UTF-16 LE without a mark', Buffer.from(`${HEADER}\n${ROWS.join('\n')}\n`, 'utf16le'), 'utf-16le'],
    ['Latin-1', Buffer.from(`${HEADER}\n${ROWS.join('\n').replace('’', "'")}\n`, 'latin1'), 'ISO-8859-1'],
  ])('%s: read in its encoding, which the report names', async (_, bytes, encoding) => {
    const file = exportFile('export.csv', bytes);
    const { lines } = await importInto(folder.dir, file);
    expect(lines[0]).toBe(
      `${file} (Instapaper CSV, read as ${encoding}): imported 2, skipped 0 as duplicates, skipped 0 as invalid`,
    );
    expect(notesIn(folder.dir).map((note) => note.title)).toEqual(TITLES);
  });

  it('a UTF-8 file with a byte further on that is not UTF-8: refused in one line, nothing written', async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `https://plain.example/${i},Plain ${i},,Unread,1600000000,`);
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}\n${rows.join('\n')}\n`),
      Buffer.from('https://late.example/,Caf\xe9,,Unread,1600000000,\n', 'latin1'),
    ]);
    const file = exportFile('late.csv', bytes);
    await expect(importInto(folder.dir, file)).rejects.toThrow(
      new RegExp(`^${file}: is not utf-8 text after byte [\\d,]+; save it as UTF-8; nothing was written$`),
    );
    expect(notesIn(folder.dir)).toEqual([]);
  });
});

describe('Instapaper tags that are not names', () => {
  it('[1,2,{}]: the bookmark is reported in one line, never tagged "[object Object]"; numbers are names', async () => {
    const file = exportFile(
      'tags.csv',
      Buffer.from(
        `${HEADER}\nhttps://tags.example/odd,Odd,,Unread,1600000000,"[1,2,{}]"\nhttps://tags.example/numbers,Numbers,,Unread,1600000000,"[1,2]"\n`,
      ),
    );
    const { lines } = await importInto(folder.dir, file);
    expect(examples(lines, /^skipped 1 as invalid/)).toEqual([
      'https://tags.example/odd: Tags: holds {}, which is not a tag name',
    ]);
    expect(notesIn(folder.dir).map((note) => note.tags)).toEqual([['1', '2', 'unread']]);
  });
});
