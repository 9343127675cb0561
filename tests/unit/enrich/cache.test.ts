import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isFreshPage, type PageCache, type PageRecord, readPageCache, writePageCache } from '@/lib/enrich/cache';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'enrich-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const READ_AT = '2026-01-02T03:04:05.000Z';

describe('the page cache', () => {
  it('reads back what a run wrote', () => {
    const file = path.join(dir, 'cache', 'pages.json');
    const cache: PageCache = new Map([
      ['https://b.example/', { read: false, reason: 'the server answered 404', readAt: READ_AT }],
      ['https://a.example/', { read: true, title: 'A', description: 'Says A.', source: 'A site', readAt: READ_AT }],
      ['https://c.example/', { read: true, source: 'c.example', readAt: READ_AT }],
    ]);
    writePageCache(file, cache);
    expect(readPageCache(file)).toEqual({ cache, warnings: [] });
  });

  it('leaves out, with a warning each, records not as a run writes them', () => {
    const file = path.join(dir, 'pages.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        pages: {
          'javascript:alert(1)': { read: true, source: 'x', readAt: READ_AT },
          'https://a.example/': { read: true, title: 7, source: 'x', readAt: READ_AT },
          'https://b.example/': { read: false, readAt: READ_AT },
          'https://c.example/': { read: true, source: 'x', readAt: 'yesterday' },
          'https://d.example/': { read: true, title: 'Kept', source: 'x', readAt: READ_AT },
        },
      }),
    );
    const { cache, warnings } = readPageCache(file);
    expect([...cache.keys()]).toEqual(['https://d.example/']);
    expect(warnings).toEqual([
      `${file}: javascript:alert(1): ignored, not an http(s) URL`,
      `${file}: https://a.example/: ignored, title is not text`,
      `${file}: https://b.example/: ignored, no reason`,
      `${file}: https://c.example/: ignored, readAt is not a time as enrich writes it`,
    ]);
    writeFileSync(file, JSON.stringify({ version: 1, links: {} }));
    expect(readPageCache(file).warnings).toEqual([`${file}: ignored, not a version 1 page cache`]);
  });

  it('a record stands in for the page for 30 days', () => {
    const record: PageRecord = { read: false, reason: 'the server answered 404', readAt: READ_AT };
    expect(isFreshPage(record, new Date('2026-01-31T03:04:04.000Z'), 30)).toBe(true);
    expect(isFreshPage(record, new Date('2026-02-01T03:04:05.000Z'), 30)).toBe(false);
  });
});
