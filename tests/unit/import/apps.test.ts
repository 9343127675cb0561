// Exports of self-hosted and closed read-later apps, imported in-process. Fixture shapes from the
// exporters' source: Karakeep's packages/shared/import-export/exporters.ts, Omnivore's
// packages/api/src/jobs/export.ts (metadata_*.json and highlights/*.md in a zip), Linkwarden's
// apps/web/lib/api/controllers/migration/exportData.ts (Prisma's user with collections and links).
import { describe, expect, it } from 'vitest';
import { scratchNotes } from '../scratch';
import { examples, importInto, notesIn, zipOf } from './helpers';

const { folder } = scratchNotes();
const fixture = (name: string) => `tests/fixtures/import/${name}`;

describe('importing app exports', () => {
  it('Karakeep: the owner’s note kept, lists as folders (nested), archived as state, text notes and files one line each', async () => {
    const { lines } = await importInto(folder.dir, fixture('karakeep.json'), { foldersAsTags: true });
    expect(lines[0]).toBe(
      'tests/fixtures/import/karakeep.json (Karakeep (Hoarder) JSON): imported 2, skipped 0 as duplicates, skipped 2 as invalid',
    );
    expect(examples(lines, /^skipped 2 as invalid/)).toEqual([
      'bookmark 3 ("A text note"): is a text note, not a link',
      'bookmark 4 ("An uploaded image"): is a file or empty, not a link',
    ]);
    expect(notesIn(folder.dir)).toEqual([
      {
        slug: 'karakeep-example-untitled',
        title: 'https://karakeep.example/untitled',
        url: 'https://karakeep.example/untitled',
        tags: ['imported'],
        date: '2024-05-29',
        draft: false,
        summary: '',
      },
      {
        slug: 'karakeep-link',
        title: 'Karakeep link',
        url: 'https://karakeep.example/link',
        tags: ['ai', 'self-hosting', 'reading', 'machine learning', 'archived'],
        date: '2024-05-31',
        draft: false,
        summary: "Note: The owner's note, with <html> and a [link](x)",
      },
    ]);
  });

  it('Omnivore: the zip’s metadata files read in order, description and highlights kept, labels as tags, Archived as state', async () => {
    const { lines } = await importInto(folder.dir, zipOf(fixture('omnivore'), folder.dir));
    expect(lines[0]).toMatch(/ \(Omnivore export\): imported 3, skipped 0 as duplicates, skipped 0 as invalid$/);
    expect(notesIn(folder.dir)).toEqual([
      {
        slug: 'a-saved-article',
        title: 'A saved article',
        url: 'https://omnivore.example/article',
        tags: ['newsletter', 'longread', 'archived'],
        date: '2024-03-01',
        draft: false,
        summary:
          'Saved with: What the page said about itself Highlights: > The first quoted passage #idea My annotation > A second passage',
      },
      {
        slug: 'third',
        title: 'Third',
        url: 'https://omnivore.example/third',
        tags: ['imported'],
        date: '2024-03-04',
        draft: false,
        summary: '',
      },
      {
        slug: 'unread-one',
        title: 'Unread one',
        url: 'https://omnivore.example/unread',
        tags: ['imported'],
        date: '2024-03-03',
        draft: false,
        summary: '',
      },
    ]);
  });

  it('Linkwarden: collections as folders (the one every link sits under is no tag), importDate before createdAt, pinned as favourite, uploads one line', async () => {
    const { lines } = await importInto(folder.dir, fixture('linkwarden.json'), { foldersAsTags: true });
    expect(examples(lines, /^skipped 1 as invalid/)).toEqual([
      'collection Frontend, link 2: is pdf with no URL (an uploaded file, not a link)',
    ]);
    expect(notesIn(folder.dir)).toEqual([
      {
        slug: 'github',
        title: 'GitHub',
        url: 'https://github.com/',
        tags: ['dev'],
        date: '2025-01-01',
        draft: false,
        summary: 'Saved with: Where the code lives',
      },
      {
        slug: 'react',
        title: 'React',
        url: 'https://react.dev/',
        tags: ['js', 'ui', 'frontend', 'favorite'],
        date: '2019-02-15',
        draft: false,
        summary: '',
      },
    ]);
  });

  it.each([
    ['karakeep.json', 2, 2],
    ['linkwarden.json', 2, 1],
  ])('re-importing %s adds nothing and says so in one line', async (name, noted, invalid) => {
    await importInto(folder.dir, fixture(name));
    const { lines } = await importInto(folder.dir, fixture(name));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `: nothing new; ${noted} already noted, and ${invalid} skipped as invalid \\(--verbose says why\\)$`,
        ),
      ),
    ]);
  });
});
