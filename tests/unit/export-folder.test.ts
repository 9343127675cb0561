import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBytesBound, fitsInMemory, memoryExportFolder } from '@/lib/build/export-folder';

const GB = 1e9;
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('where next build writes the export', () => {
  it.each([
    { bytes: 2 * GB, free: 12 * GB, available: 20 * GB, fits: true },
    { bytes: 11 * GB, free: 12 * GB, available: 20 * GB, fits: false },
    { bytes: 2 * GB, free: 1 * GB, available: 20 * GB, fits: false },
    { bytes: 64e6, free: 64e6, available: 128e6, fits: true },
  ])(
    'an export of $bytes bytes, $free free in memory, $available available: fits $fits',
    ({ bytes, fits, ...room }) => {
      expect(fitsInMemory(bytes, room)).toBe(fits);
    },
  );

  it('bounds an export by its notes and their bytes', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notes-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.md'), 'x'.repeat(1000));
    const one = exportBytesBound(dir);
    writeFileSync(path.join(dir, 'b.md'), 'x'.repeat(1000));
    writeFileSync(path.join(dir, 'tags.yml'), 'x'.repeat(100_000));
    expect(exportBytesBound(dir)).toBe(2 * one);
  });

  it('counts the public files that the export copies', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notes-'));
    writeFileSync(path.join(dir, 'a.md'), 'x');
    mkdirSync(path.join(dir, 'public', 'images'), { recursive: true });
    writeFileSync(path.join(dir, 'public', 'images', 'big.png'), 'x'.repeat(5000));
    expect(exportBytesBound(dir, path.join(dir, 'public')) - exportBytesBound(dir, path.join(dir, 'none'))).toBe(5000);
  });

  // Output folders of this test's own, so that no build's folder in memory is touched.
  const outDir = (name: string) => path.join(tmpdir(), `export-folder-test-${process.pid}`, name);

  it('writes into the output folder when the export would not fit in memory', () => {
    expect(memoryExportFolder(outDir('out'), Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it.skipIf(!existsSync('/dev/shm'))('gives each output folder its own folder in memory', () => {
    const site = memoryExportFolder(outDir('out'), 1);
    expect(site).toMatch(/^\/dev\/shm\/url-notes-export-[0-9a-f]{12}$/);
    expect(memoryExportFolder(outDir('site'), 1)).not.toBe(site);
    expect(memoryExportFolder(path.relative('.', outDir('out')), 1)).toBe(site);
  });

  it.skipIf(!existsSync('/dev/shm'))('deletes what a build killed outright left in memory', () => {
    const site = memoryExportFolder(outDir('killed'), 1) ?? '';
    mkdirSync(path.join(site, 'note'), { recursive: true });
    writeFileSync(path.join(site, 'note', 'index.html'), 'left behind');
    expect(memoryExportFolder(outDir('killed'), 1)).toBe(site);
    expect(existsSync(site)).toBe(false);
  });
});
