// Exports of the read-later and bookmarking services, imported in-process. Fixture shapes (each
// file's own comment names its source): Pinboard's posts/all JSON, Pocket's zip of part_*.csv and
// an older single CSV with `cursor`, Raindrop's CSV (all columns, and an older one with fewer),
// Instapaper's CSV (with the JSON `Tags` column, and an older one without), Pocket's older
// ril_export.html (the shape of the real one in mufidu/pocket-to-markdown).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchNotes } from '../scratch';
import { examples, importInto, note, notesIn, zipOf } from './helpers';

const { folder } = scratchNotes();
const fixture = (name: string) => `tests/fixtures/import/${name}`;

describe('importing service exports', () => {
  it('Pinboard JSON: toread as unread, shared "no" as a draft, and an entry whose href is a number is one line, the rest imported', async () => {
    const { lines } = await importInto(folder.dir, fixture('pinboard.json'));
    expect(lines[0]).toBe(
      'tests/fixtures/import/pinboard.json (Pinboard JSON): imported 2 (1 private, as drafts), skipped 0 as duplicates, skipped 1 as invalid',
    );
    expect(examples(lines, /^skipped 1 as invalid/)).toEqual(['entry 2: "href" is a number (12345), not a URL']);
    expect(notesIn(folder.dir)).toEqual([
      note(
        'pinboard-one',
        'Pinboard one',
        'https://pinboard.example/one',
        ['databases', 'postgres', 'unread'],
        '2021-03-04',
        'Saved with: Saved for later: <tables> & `code`',
      ),
      note('private', 'Private', 'https://pinboard.example/private', ['imported'], '2021-03-06', '', true),
    ]);
  });

  it('Pocket: the zip’s parts read as one (CRLF, quotes, commas), status as state, URL or "Problem loading page" as no title', async () => {
    const { lines } = await importInto(folder.dir, zipOf(fixture('pocket'), folder.dir));
    expect(lines[0]).toMatch(/ \(Pocket export\): imported 5, skipped 0 as duplicates, skipped 0 as invalid$/);
    // Pocket keeps no description: every note is one enrich can fill, the two titled by their URL too.
    expect(lines.at(-1)).toBe(
      'npm run enrich can fill 5 of them from their pages: 2 titles that are their URL, 5 empty summaries',
    );
    expect(notesIn(folder.dir)).toEqual([
      note(
        'a-quoted-title',
        'A "quoted" title',
        'https://pocket.example/quoted',
        ['reading', 'archived'],
        '2020-09-13',
      ),
      note(
        'eloquent-javascript',
        'Eloquent JavaScript',
        'http://eloquentjavascript.net/',
        ['book', 'javascript', 'programming', 'archived'],
        '2019-10-17',
      ),
      note(
        'multivax-com-last-question-html',
        'http://multivax.com/last_question.html',
        'http://multivax.com/last_question.html',
        ['imported', 'unread'],
        '2016-03-09',
      ),
      note(
        'pocket-example-failed',
        'https://pocket.example/failed',
        'https://pocket.example/failed',
        ['imported', 'unread'],
        '2020-09-13',
      ),
      note(
        'scratch-home-imagine-program-share',
        'Scratch | Home | imagine, program, share',
        'http://scratch.mit.edu/',
        ['imported', 'unread'],
        '2013-01-28',
      ),
    ]);
  });

  it('Pocket: a URL broken over lines (as in a real export) is joined up, as browsers do', async () => {
    const { lines } = await importInto(folder.dir, fixture('pocket-broken-url.csv'));
    expect(lines[0]).toMatch(/imported 3, skipped 0 as duplicates, skipped 0 as invalid$/);
    expect(notesIn(folder.dir).map((imported) => imported.url)).toEqual([
      'https://pocket.example/a?x=1&y=2',
      'https://pocket.example/long/path',
      'https://pocket.example/b',
    ]);
  });

  it('Pocket: an older single CSV with a cursor column', async () => {
    await importInto(folder.dir, fixture('pocket-cursor.csv'));
    expect(notesIn(folder.dir)).toEqual([
      note(
        'older-export',
        'Older export',
        'https://pocket.example/older',
        ['history', 'long reads', 'unread'],
        '2017-07-14',
      ),
    ]);
  });

  it('Raindrop: excerpt, note and highlights kept (line breaks inside quotes), nested folder, favourite, Unsorted as no folder', async () => {
    await importInto(folder.dir, fixture('raindrop.csv'), { foldersAsTags: true });
    expect(notesIn(folder.dir)).toEqual([
      note(
        'saved-quoted-title',
        'Saved, "quoted" title',
        'https://raindrop.example/article?utm_source=raindrop&keep=1',
        ['reading', 'go', 'research', 'favorite'],
        '2024-01-02',
        'Excerpt: Saved description Note: First note line Second note line Highlights: First highlight Second highlight',
      ),
      note('unsorted-one', 'Unsorted one', 'https://raindrop.example/unsorted', ['imported'], '2024-02-03'),
    ]);
  });

  it('Raindrop: an older export with fewer columns', async () => {
    await importInto(folder.dir, fixture('raindrop-old.csv'), { foldersAsTags: true });
    expect(notesIn(folder.dir)).toEqual([
      note(
        'older-raindrop',
        'Older Raindrop',
        'https://raindrop.example/older',
        ['a', 'b'],
        '2019-05-06',
        'Excerpt: An excerpt',
      ),
    ]);
  });

  it('Instapaper: folders left out without --folders-as-tags are said, with the flag that keeps them', async () => {
    const { lines } = await importInto(folder.dir, fixture('instapaper.csv'));
    expect(lines).toContain('left out the folders of 1 bookmark ("Programming"); --folders-as-tags keeps them as tags');
    const { lines: kept } = await importInto(folder.dir, fixture('instapaper-old.csv'), { foldersAsTags: true });
    expect(kept.some((line) => line.includes('--folders-as-tags'))).toBe(false);
  });

  it('Pocket’s HTML export (ril_export.html): Unread and Read Archive as state, time_added, tags, a URL title decoded', async () => {
    const { lines } = await importInto(folder.dir, fixture('ril_export.html'));
    expect(lines[0]).toBe(
      'tests/fixtures/import/ril_export.html (Pocket HTML export (ril_export.html)): imported 4, skipped 0 as duplicates, skipped 0 as invalid',
    );
    expect(notesIn(folder.dir)).toEqual([
      note(
        'lifehacker-example-281626-jerry-seinfelds-productivity',
        'http://lifehacker.example/281626/jerry-seinfelds-productivity-secret',
        'http://lifehacker.example/281626/jerry-seinfelds-productivity-secret',
        ['productivity', 'unread'],
        '2020-12-16',
      ),
      note(
        'madar-example-angol-siraly-pdf',
        'https://madar.example/angol sirály.pdf',
        'https://madar.example/angol%20sir%C3%A1ly.pdf',
        ['imported', 'unread'],
        '2020-12-16',
      ),
      note(
        'read-and-archived',
        'Read and archived',
        'https://archive.example/read-it',
        ['life', 'archived'],
        '2017-07-14',
      ),
      note(
        'selular-potong-harga-lebih-murah',
        'Selular: Potong Harga & Lebih Murah',
        'https://selular.example/2020/05/potong-harga/',
        ['tech', 'deals', 'unread'],
        '2020-12-16',
      ),
    ]);
  });

  it('Instapaper: Tags as a JSON array in a cell, Unread/Archive/Starred as state, the person’s folder as a tag, Selection kept', async () => {
    await importInto(folder.dir, fixture('instapaper.csv'), { foldersAsTags: true });
    expect(notesIn(folder.dir)).toEqual([
      note(
        'archived-article',
        'Archived article',
        'https://instapaper.example/archived',
        ['imported', 'archived'],
        '2023-08-23',
        'Selection: A selected passage',
      ),
      note('in-a-folder', 'In a folder', 'https://instapaper.example/folder', ['rust', 'programming'], '2023-08-23'),
      note(
        'starred-with-a-comma',
        'Starred, with a comma',
        'https://instapaper.example/starred',
        ['imported', 'favorite'],
        '2023-08-23',
      ),
      note(
        'unread-article',
        'Unread article',
        'https://instapaper.example/unread',
        ['coding', 'css', 'unread'],
        '2023-08-23',
      ),
    ]);
  });

  it('Instapaper: an older export without Tags, folders only with --folders-as-tags', async () => {
    await importInto(folder.dir, fixture('instapaper-old.csv'));
    expect(notesIn(folder.dir)).toEqual([
      note(
        'and-i-still-welcome-you-home',
        'and I still welcome you home,,,,',
        'https://tdingsun.github.io/lara/',
        ['imported'],
        '2023-08-23',
      ),
      note(
        'landings-landing-page-examples',
        'Landings - Landing Page Examples',
        'https://landings.dev/',
        ['imported', 'unread'],
        '2023-08-23',
      ),
    ]);
  });

  it('says one title that is its URL, and one empty summary, in the singular', async () => {
    const source = path.join(folder.dir, 'bookmarks.html');
    writeFileSync(
      source,
      '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><A HREF="https://one.example/a" ADD_DATE="1700000000">https://one.example/a</A>\n</DL><p>\n',
    );
    const { lines } = await importInto(folder.dir, source);
    expect(lines.at(-1)).toBe(
      'npm run enrich can fill 1 of them from their pages: 1 title that is its URL, 1 empty summary',
    );
  });
});
