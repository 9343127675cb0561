// Netscape bookmark files as browsers and linkding write them, imported in-process. Fixture shapes:
// tests/fixtures/bookmarks/ (Firefox), tests/fixtures/import/safari.html (Safari's export), the
// Chrome file below (Chrome's bookmark_html_writer: PERSONAL_TOOLBAR_FOLDER, ICON data URIs), and
// tests/fixtures/import/linkding.html (linkding's bookmarks/services/exporter.py, lines joined by "\n\r").
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scratchNotes } from '../scratch';
import { examples, importInto, note, notesIn, TODAY } from './helpers';

const { folder } = scratchNotes();
const fixture = (name: string) => `tests/fixtures/import/${name}`;

describe('importing browser and linkding exports', () => {
  it('Firefox: tags, folders as tags, descriptions, the export’s own root folders left out', async () => {
    const { lines } = await importInto(folder.dir, 'tests/fixtures/bookmarks/netscape.html', { foldersAsTags: true });
    expect(lines[0]).toBe(
      'tests/fixtures/bookmarks/netscape.html (Netscape bookmark file): imported 4, skipped 1 as duplicates, skipped 2 as invalid',
    );
    expect(examples(lines, /^skipped 2 as invalid/)).toEqual([
      'javascript:alert(1): not an http(s) URL',
      'place:sort=8: not an http(s) URL',
    ]);
    expect(examples(lines, /^skipped 1 as duplicates/)).toEqual([
      expect.stringMatching(/^https:\/\/example.org\/a\/: already noted in .*example-a.md \(from this import\)$/),
    ]);
    expect(notesIn(folder.dir)).toEqual([
      note(
        'example-a',
        'Example <A>',
        'https://example.org/a?utm_source=x',
        ['rust', 'web performance', 'dev & tools'],
        '2023-11-14',
        'Saved with: A description with *stars* and html',
      ),
      note('example-a-2', 'Example <A>', 'https://example.org/c', ['imported'], '2023-11-14'),
      note('known', 'Known', 'https://news.ycombinator.com/item?id=44840728', ['dev & tools', 'nested'], '2023-11-14'),
      note('millis', 'Millis', 'https://example.org/b', ['dev & tools', 'nested'], '2023-11-14'),
    ]);
  });

  it('Chrome: the bookmarks bar is no tag, a megabyte-long ICON data URI is read past, PERSONAL_TOOLBAR_FOLDER marks the bar', async () => {
    const icon = `data:image/png;base64,${'iVBORw0KGgo'.repeat(200_000)}`;
    const source = `${folder.dir}-chrome.html`;
    writeFileSync(
      source,
      [
        '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
        '<!-- This is an automatically generated file.',
        '     It will be read and overwritten.',
        '     DO NOT EDIT! -->',
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
        '<TITLE>Bookmarks</TITLE>',
        '<H1>Bookmarks</H1>',
        '<DL><p>',
        '    <DT><H3 ADD_DATE="1700000000" LAST_MODIFIED="1700000000" PERSONAL_TOOLBAR_FOLDER="true">Lesezeichenleiste</H3>',
        '    <DL><p>',
        `        <DT><A HREF="https://chrome.example/icon" ADD_DATE="1700000000" ICON="${icon}">With an icon</A>`,
        '        <DT><H3 ADD_DATE="1700000000" LAST_MODIFIED="1700000000">Work</H3>',
        '        <DL><p>',
        '            <DT><A HREF="https://chrome.example/work" ADD_DATE="1700086400">Work link</A>',
        '        </DL><p>',
        '    </DL><p>',
        '</DL><p>',
      ].join('\n'),
    );
    try {
      await importInto(folder.dir, source, { foldersAsTags: true });
    } finally {
      rmSync(source);
    }
    expect(notesIn(folder.dir).map(({ slug, tags, date }) => ({ slug, tags, date }))).toEqual([
      { slug: 'with-an-icon', tags: ['imported'], date: '2023-11-14' },
      { slug: 'work-link', tags: ['work'], date: '2023-11-15' },
    ]);
  });

  it('Safari: no top-level list, Favorites and the Reading List are no tags, undated bookmarks dated today and reported', async () => {
    const { lines } = await importInto(folder.dir, fixture('safari.html'), { foldersAsTags: true });
    expect(examples(lines, /^dated 3 /)).toEqual([
      `https://safari.example/favorite: no valid date; dated ${TODAY}, today, as no bookmark in the export has a valid date`,
      `https://safari.example/bread: no valid date; dated ${TODAY}, today, as no bookmark in the export has a valid date`,
      `https://safari.example/later: no valid date; dated ${TODAY}, today, as no bookmark in the export has a valid date`,
    ]);
    expect(notesIn(folder.dir)).toEqual([
      note('a-favourite', 'A favourite', 'https://safari.example/favorite', ['imported'], TODAY),
      note('bread', 'Bread', 'https://safari.example/bread', ['recipes'], TODAY),
      note('read-later', 'Read later', 'https://safari.example/later', ['imported'], TODAY),
    ]);
  });

  it('linkding: its notes kept apart from the description, TOREAD as unread, the archived tag (old and new) as state, PRIVATE as a draft', async () => {
    const { lines } = await importInto(folder.dir, fixture('linkding.html'));
    expect(lines[0]).toBe(
      'tests/fixtures/import/linkding.html (linkding export): imported 3 (1 private, as drafts), skipped 0 as duplicates, skipped 0 as invalid',
    );
    expect(notesIn(folder.dir)).toEqual([
      note(
        'archived-and-private',
        'Archived and private',
        'https://linkding.example/archived',
        ['imported', 'archived'],
        '2023-11-15',
        '',
        true,
      ),
      note(
        'archived-in-an-older-linkding',
        'Archived in an older linkding',
        'https://linkding.example/old-archive',
        ['rust', 'archived'],
        '2020-09-13',
        'Note: Only a note',
      ),
      note(
        'read-later',
        'Read later',
        'https://linkding.example/read-later',
        ['python', 'web', 'unread'],
        '2023-11-14',
        'Saved with: A description Note: My own *note* & more',
      ),
    ]);
  });
});
