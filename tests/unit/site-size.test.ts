import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder, PAGES_LIMIT_BYTES, siteSize, sizeReport } from '@/lib/build/site-size';

describe('siteSize', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'site-size-'));
    mkdirSync(path.join(dir, 'tag', 'a'.repeat(120)), { recursive: true });
    writeFileSync(path.join(dir, 'a.html'), 'x');
    writeFileSync(path.join(dir, 'tag', 'b.txt'), 'y'.repeat(512));
    writeFileSync(path.join(dir, 'tag', 'a'.repeat(120), 'index.html'), 'z'.repeat(513));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the files with their sizes', () => {
    expect(filesUnder(dir).sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { file: 'a.html', bytes: 1 },
      { file: `tag/${'a'.repeat(120)}/index.html`, bytes: 513 },
      { file: 'tag/b.txt', bytes: 512 },
    ]);
  });

  it('counts the bytes of the tar that the Pages upload makes, as GNU tar writes it', () => {
    const size = siteSize(dir);
    expect(size.files).toBe(3);
    expect(size.bytes).toBe(1026);
    const tar = spawnSync('tar', ['-cf', '-', '-C', dir, '.'], { maxBuffer: 1e8 });
    expect(tar.status).toBe(0);
    expect(size.tarBytes).toBe(tar.stdout.length);
  });
});

describe('sizeReport', () => {
  it('reports a site under the limit in one line and warns over it', () => {
    const under = sizeReport('out', { files: 40_000, bytes: 1e8, tarBytes: 1.2e8 }, 3_000);
    expect(under.line).toBe(
      'out/: 40,000 files, 100.0 MB (120.0 MB as the Pages artifact); about 25,000 notes like these 3,000 would fit GitHub Pages’ 1 GB',
    );
    expect(under.warning).toBeUndefined();
    const over = sizeReport('out', { files: 40_000, bytes: 9.9e8, tarBytes: PAGES_LIMIT_BYTES + 1 }, 10_000);
    expect(over.warning).toMatch(/^out\/ is over the 1 GB that GitHub Pages allows a site \(1,000\.0 MB\)/);
  });
});
