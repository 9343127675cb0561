import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isFresh, type LinkCache, readCache, recordResult, writeCache } from '@/lib/links/cache';
import type { LinkResult } from '@/lib/links/verdict';

const url = 'https://example.com/page';
const dead: LinkResult = { url, verdict: 'dead', status: '404', detail: 'not found' };
const failing: LinkResult = { url, verdict: 'failing', status: '500', detail: 'server error (500)' };
const fine: LinkResult = { url, verdict: 'fine', status: '200', detail: 'ok' };
const day = (n: number) => new Date(Date.UTC(2026, 0, n));

describe('recordResult', () => {
  it('keeps when a link was first seen dead across dead and failing checks, until it answers', () => {
    const first = recordResult(dead, undefined, day(1));
    const flaky = recordResult(failing, first, day(2));
    const again = recordResult(dead, flaky, day(3));
    expect([first.deadSince, first.deadChecks]).toEqual([day(1).toISOString(), 1]);
    expect([flaky.deadSince, flaky.deadChecks]).toEqual([day(1).toISOString(), 1]);
    expect([again.deadSince, again.deadChecks]).toEqual([day(1).toISOString(), 2]);
    const back = recordResult(fine, again, day(4));
    expect(back).toEqual({ ...fine, checkedAt: day(4).toISOString(), deadChecks: 0, lastOkAt: day(4).toISOString() });
    expect(recordResult(dead, back, day(5))).toMatchObject({
      deadSince: day(5).toISOString(),
      deadChecks: 1,
      lastOkAt: day(4).toISOString(),
    });
  });
});

describe('isFresh', () => {
  it('reuses fine and moved answers younger than the age, never dead or failing ones', () => {
    const checked = (result: LinkResult) => recordResult(result, undefined, day(1));
    expect(isFresh(checked(fine), day(7), 7)).toBe(true);
    expect(isFresh(checked(fine), day(8), 7)).toBe(false);
    expect(isFresh(checked({ ...fine, verdict: 'moved', movedTo: url }), day(2), 7)).toBe(true);
    expect(isFresh(checked(dead), day(1), 7)).toBe(false);
    expect(isFresh(checked(failing), day(1), 7)).toBe(false);
  });
});

describe('readCache and writeCache', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'links-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what it wrote, into a folder it makes', () => {
    const file = path.join(dir, 'deeper', 'links.json');
    const cache: LinkCache = new Map([[url, recordResult(dead, undefined, day(1))]]);
    writeCache(file, cache);
    expect(readCache(file)).toEqual({ cache, warnings: [] });
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(1);
  });

  it('starts empty without a file, and with one warning for a broken one', () => {
    expect(readCache(path.join(dir, 'none.json'))).toEqual({ cache: new Map(), warnings: [] });
    const file = path.join(dir, 'links.json');
    writeFileSync(file, '{ not json');
    expect(readCache(file).cache.size).toBe(0);
    expect(readCache(file).warnings).toEqual([expect.stringMatching(/links\.json: ignored, /)]);
    writeFileSync(
      file,
      JSON.stringify({ version: 1, links: { [url]: { verdict: 'alive' }, 'https://b.example/': fine } }),
    );
    // `fine` has no checkedAt, so it is dropped as well as the record with an unknown verdict.
    expect(readCache(file).cache).toEqual(new Map());
  });

  it('takes a record only as a run writes it, and says which it ignores and why', () => {
    const file = path.join(dir, 'links.json');
    const checkedAt = day(1).toISOString();
    const record = { verdict: 'moved', status: '200', detail: 'moved', checkedAt, deadChecks: 0 };
    const links = {
      'https://a.example/': { ...record, movedTo: 'javascript:alert(1)//\n#x' },
      'https://b.example/': { ...record, verdict: 'dead', deadSince: '-271821-04-20T00:00:00.000Z', deadChecks: 2 },
      'https://c.example/': { ...record, deadChecks: -1 },
      'javascript:alert(1)': record,
      'https://d.example/': { ...record, movedTo: 'https://e.example/' },
    };
    writeFileSync(file, JSON.stringify({ version: 1, links }));
    const { cache, warnings } = readCache(file);
    expect([...cache.keys()]).toEqual(['https://d.example/']);
    expect(warnings).toEqual([
      `${file}: https://a.example/: ignored, movedTo is not an http(s) URL`,
      `${file}: https://b.example/: ignored, deadSince is not a time as check-links writes it`,
      `${file}: https://c.example/: ignored, deadChecks is not a count`,
      `${file}: javascript:alert(1): ignored, not an http(s) URL`,
    ]);
  });

  it('leaves no temporary file behind when the cache cannot be replaced', () => {
    const file = path.join(dir, 'links.json');
    // A folder that holds a file cannot be renamed over: the write fails at its last step.
    mkdirSync(path.join(file, 'in-the-way'), { recursive: true });
    expect(() => writeCache(file, new Map([[url, recordResult(dead, undefined, day(1))]]))).toThrow();
    expect(readdirSync(dir)).toEqual(['links.json']);
  });
});
