// Exports of self-hosted and closed read-later apps, imported in-process. Fixture shapes from the
// exporters' source: Karakeep's packages/shared/import-export/exporters.ts, Omnivore's
// packages/api/src/jobs/export.ts (metadata_*.json and highlights/*.md in a zip), Linkwarden's
// apps/web/lib/api/controllers/migration/exportData.ts (Prisma's user with collections and links).
import { describe, expect, it } from 'vitest';
import { scratchNotes } from '../scratch';
import { examples, importInto, note, notesIn, zipOf } from './helpers';

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
      note(
        'karakeep-example-untitled',
        'https://karakeep.example/untitled',
        'https://karakeep.example/untitled',
        ['imported'],
        '2024-05-29',
      ),
      note(
        'karakeep-link',
        'Karakeep link',
        'https://karakeep.example/link',
        ['ai', 'self-hosting', 'reading', 'machine learning', 'archived'],
        '2024-05-31',
        "Note: The owner's note, with <html> and a [link](x)",
      ),
    ]);
  });

  it('Omnivore: the zip’s metadata files read in order, description and highlights kept, labels as tags, Archived as state', async () => {
    const { lines } = await importInto(folder.dir, zipOf(fixture('omnivore'), folder.dir));
    expect(lines[0]).toMatch(/ \(Omnivore export\): imported 3, skipped 0 as duplicates, skipped 0 as invalid$/);
    expect(notesIn(folder.dir)).toEqual([
      note(
        'a-saved-article',
        'A saved article',
        'https://omnivore.example/article',
        ['newsletter', 'longread', 'archived'],
        '2024-03-01',
        'Saved with: What the page said about itself Highlights The first quoted passage #idea My annotation A second passage',
      ),
      note('third', 'Third', 'https://omnivore.example/third', ['imported'], '2024-03-04'),
      note('unread-one', 'Unread one', 'https://omnivore.example/unread', ['imported'], '2024-03-03'),
    ]);
  });

  it('Linkwarden: collections as folders (the one every link sits under is no tag), importDate before createdAt, pinned as favourite, uploads one line', async () => {
    const { lines } = await importInto(folder.dir, fixture('linkwarden.json'), { foldersAsTags: true });
    expect(examples(lines, /^skipped 1 as invalid/)).toEqual([
      'collection Frontend, link 2: is pdf with no URL (an uploaded file, not a link)',
    ]);
    expect(notesIn(folder.dir)).toEqual([
      note('github', 'GitHub', 'https://github.com/', ['dev'], '2025-01-01', 'Saved with: Where the code lives'),
      note('react', 'React', 'https://react.dev/', ['js', 'ui', 'frontend', 'favorite'], '2019-02-15'),
    ]);
  });
});
