// Telling an export's format from its content, `--format`, and the entries a reader cannot take.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNetscape } from '@/lib/import/netscape';
import { exportFile, FORMATS, importerFor } from '@/lib/import/registry';
import { isUnreadable } from '@/lib/import/types';
import { scratchNotes } from '../scratch';
import { examples, importInto, notesIn, zipOf } from './helpers';

const { folder } = scratchNotes();
const fixture = (name: string) => `tests/fixtures/import/${name}`;
const formatOf = (file: string) => importerFor(exportFile(file)).format;

describe('export formats', () => {
  it.each([
    ['tests/fixtures/bookmarks/netscape.html', 'netscape'],
    [fixture('safari.html'), 'netscape'],
    [fixture('linkding.html'), 'linkding'],
    [fixture('pinboard.json'), 'pinboard'],
    [fixture('pocket-cursor.csv'), 'pocket'],
    [fixture('raindrop.csv'), 'raindrop'],
    [fixture('raindrop-old.csv'), 'raindrop'],
    [fixture('instapaper.csv'), 'instapaper'],
    [fixture('instapaper-old.csv'), 'instapaper'],
    [fixture('karakeep.json'), 'karakeep'],
    [fixture('linkwarden.json'), 'linkwarden'],
    [fixture('ril_export.html'), 'pocket-html'],
    [fixture('hypothesis.json'), 'hypothesis'],
    [fixture('url-notes.json'), 'url-notes'],
  ])('%s is read as %s', (file, format) => {
    expect(formatOf(file)).toBe(format);
  });

  it('tells the two zips apart by the files in them', () => {
    expect(formatOf(zipOf(fixture('pocket'), folder.dir))).toBe('pocket');
    expect(formatOf(zipOf(fixture('omnivore'), folder.dir))).toBe('omnivore');
  });

  it('an unknown file is one line listing every format; --format forces one and names the choices when wrong', () => {
    expect(() => formatOf('tests/fixtures/bookmarks/links.csv')).toThrow(
      `not an export this import knows; it reads ${FORMATS}`,
    );
    expect(FORMATS).toContain('pocket (Pocket export)');
    expect(importerFor(exportFile('tests/fixtures/bookmarks/links.csv'), 'netscape').format).toBe('netscape');
    expect(() => importerFor(exportFile(fixture('pinboard.json')), 'delicious')).toThrow(
      `--format: no format "delicious"; the formats are ${FORMATS}`,
    );
  });

  it('an empty file, or one of blank lines, is said to be empty, not an unknown format', () => {
    for (const text of ['', '\n \n']) {
      const file = `${folder.dir}-empty.csv`;
      writeFileSync(file, text);
      try {
        expect(() => formatOf(file)).toThrow('is empty: there is nothing to import');
      } finally {
        rmSync(file, { force: true });
      }
    }
  });

  it('leaves out the browsers’ own root folders (toolbar, menu, other, mobile, reading list), keeps the person’s', async () => {
    const folders: [string, string[]][] = [];
    for await (const entry of readNetscape(exportFile('tests/fixtures/bookmarks/browser-roots.html')))
      if (!isUnreadable(entry)) folders.push([entry.url, entry.folders]);
    expect(folders).toEqual([
      ['https://roots.example/menu', []],
      ['https://roots.example/toolbar', []],
      ['https://roots.example/rust', ['Rust']],
      ['https://roots.example/other', []],
      ['https://roots.example/mobile', []],
      ['https://roots.example/edge', []],
      ['https://roots.example/safari', []],
      ['https://roots.example/later', []],
      ['https://roots.example/nested', ['Recipes', 'Other bookmarks']],
    ]);
  });
});

describe('entries a reader cannot take', () => {
  it('refuses a Pinboard file that breaks off halfway whole, writing nothing', async () => {
    const source = `${folder.dir}-broken.json`;
    writeFileSync(source, '[{"href":"https://one.example/","description":"One"},{"href":"https://two.exa');
    await expect(importInto(folder.dir, source)).rejects.toThrow(new RegExp(`^${source}: .*; nothing was written$`));
    rmSync(source);
    expect(readdirSync(folder.dir)).toEqual([]);
  });

  it('a description longer than any note is one line, read past without being held; the entries around it imported', async () => {
    const source = `${folder.dir}-long.json`;
    const long = 'lorem ipsum '.repeat(50_000);
    writeFileSync(
      source,
      JSON.stringify([
        { href: 'https://before.example/', description: 'Before', time: '2021-01-01T00:00:00Z' },
        { href: 'https://long.example/', description: 'Long', extended: long, time: '2021-01-02T00:00:00Z' },
        { href: 'https://after.example/', description: 'After', time: '2021-01-03T00:00:00Z' },
      ]),
    );
    const { lines } = await importInto(folder.dir, source);
    rmSync(source);
    expect(examples(lines, /^skipped 1 as invalid/)).toEqual([
      'https://long.example/: extended: is 600,000 characters, longer than a note may hold (100,000)',
    ]);
    expect(notesIn(folder.dir).map((note) => note.title)).toEqual(['After', 'Before']);
  });

  it('in a bookmark file too: a <DD> longer than any note is one line, counted as it streams in', async () => {
    const source = `${folder.dir}-long.html`;
    writeFileSync(
      source,
      `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><A HREF="https://long.example/" ADD_DATE="1700000000">Long</A>\n<DD>${'x'.repeat(300_000)}<DT><A HREF="https://short.example/" ADD_DATE="1700000000">Short</A>\n</DL><p>\n`,
    );
    const { lines } = await importInto(folder.dir, source);
    rmSync(source);
    expect(examples(lines, /^skipped 1 as invalid/)).toEqual([
      'https://long.example/: description: is 300,000 characters, longer than a note may hold (100,000)',
    ]);
    expect(notesIn(folder.dir).map((note) => note.title)).toEqual(['Short']);
  });
});
