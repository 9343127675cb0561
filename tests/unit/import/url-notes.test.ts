// url-notes' own JSON export read back: each note as it was, file name, summary byte for byte, dead
// mark and draft; an entry whose fields are not the export's (a slug that is a path) is one line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchNotes } from '../scratch';
import { examples, importInto } from './helpers';

const { folder } = scratchNotes();

describe("url-notes' own JSON export", () => {
  it('comes back as the notes it was, and a wrong entry is one line', async () => {
    const { lines } = await importInto(folder.dir, 'tests/fixtures/import/url-notes.json');
    expect(lines[0]).toMatch(
      /\(url-notes' own JSON export\): imported 2 \(1 private, as drafts\), skipped 0 as duplicates, skipped 2 as invalid$/,
    );
    expect(examples(lines, /^skipped 2 as invalid/)).toEqual([
      'note 3 (../outside): slug: not as url-notes exports them',
      'note 4 (no-slug-here): tags: not as url-notes exports them',
    ]);
    expect(readdirSync(folder.dir).sort()).toEqual(['a-dead-page.md', 'secret.md']);
    expect(readFileSync(path.join(folder.dir, 'a-dead-page.md'), 'utf8')).toBe(
      '---\ntitle: "A dead page <b>&</b> \\"quotes\\""\nurl: "https://gone.example/page"\ntags: ["History", "c++"]\ndate: 2024-02-03\ndead: 2025-01-01\n---\n\n- **What it is:** kept *as written*  \n\n## Highlights\n\n> A passage\n\nMy note\n',
    );
    expect(readFileSync(path.join(folder.dir, 'secret.md'), 'utf8')).toBe(
      '---\ntitle: "A draft"\nurl: "https://draft.example/"\ntags: ["drafts only"]\ndate: 2024-01-01\ndraft: true\n---\n',
    );
  });
});
