// Importing an export a second time adds nothing and says so in one line, for every fixture.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scratchNotes } from '../scratch';
import { importInto, zipOf } from './helpers';

const { folder } = scratchNotes();
const fixture = (name: string) => `tests/fixtures/import/${name}`;

describe('re-importing an export', () => {
  it.each([
    ['tests/fixtures/bookmarks/netscape.html', 5, 2],
    [fixture('safari.html'), 3, 0],
    [fixture('linkding.html'), 3, 0],
    [fixture('pinboard.json'), 2, 1],
    [fixture('pocket'), 5, 0],
    [fixture('pocket-cursor.csv'), 1, 0],
    [fixture('raindrop.csv'), 2, 0],
    [fixture('raindrop-old.csv'), 1, 0],
    [fixture('instapaper.csv'), 4, 0],
    [fixture('instapaper-old.csv'), 2, 0],
    [fixture('karakeep.json'), 2, 2],
    [fixture('omnivore'), 3, 0],
    [fixture('linkwarden.json'), 2, 1],
    [fixture('ril_export.html'), 4, 0],
    [fixture('pocket-broken-url.csv'), 3, 0],
    [fixture('hypothesis.json'), 3, 1],
    [fixture('url-notes.json'), 2, 2],
  ])('%s adds nothing and says so in one line', async (name, noted, invalid) => {
    const source = name.includes('.') ? name : zipOf(name, folder.dir);
    await importInto(folder.dir, source, { foldersAsTags: true });
    const before = readdirSync(folder.dir).sort();
    const { report, lines } = await importInto(folder.dir, source, { foldersAsTags: true });
    const also = invalid > 0 ? `, and ${invalid} skipped as invalid \\(--verbose says why\\)` : '';
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${source} \\(.+\\): nothing new; ${noted} already noted${also}$`)),
    ]);
    expect(report.counts.imported).toBe(0);
    expect(readdirSync(folder.dir).sort()).toEqual(before);
  });
});
