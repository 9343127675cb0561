import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGES_LIMIT_BYTES, siteSize, sizeReport } from '../../lib/site-size';

describe('siteSize', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts files and the tar that the Pages upload makes of them', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'site-size-'));
    mkdirSync(path.join(dir, 'tag'));
    writeFileSync(path.join(dir, 'a.html'), 'x');
    writeFileSync(path.join(dir, 'tag', 'b.txt'), 'y'.repeat(512));
    writeFileSync(path.join(dir, 'tag', 'c.txt'), 'z'.repeat(513));
    const size = siteSize(dir);
    expect(size.files).toBe(3);
    expect(size.bytes).toBe(1026);
    // 4 headers (3 files, 1 folder), contents padded to 512 + 512 + 1024, and 2 closing blocks.
    expect(size.tarBytes).toBe(4 * 512 + 2048 + 2 * 512);
  });
});

describe('sizeReport', () => {
  it('reports a site under the limit in one line and warns over it', () => {
    const under = sizeReport('out', { files: 40_000, bytes: 1e8, tarBytes: 1.2e8 });
    expect(under.line).toBe('out/: 40,000 files, 100 MB (120 MB as the Pages artifact)');
    expect(under.warning).toBeUndefined();
    const over = sizeReport('out', { files: 40_000, bytes: 9.9e8, tarBytes: PAGES_LIMIT_BYTES + 1 });
    expect(over.warning).toMatch(/^out\/ is over GitHub Pages' 1 GB limit \(1,000 MB\), so a deploy there will fail/);
  });
});
