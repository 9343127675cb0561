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

  it('writes into the output folder when the export would not fit in memory', () => {
    expect(memoryExportFolder('out', Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it.skipIf(!existsSync('/dev/shm'))('gives each output folder its own folder in memory', () => {
    const site = memoryExportFolder('out', 1);
    expect(site).toMatch(/^\/dev\/shm\/url-notes-export-[0-9a-f]{12}$/);
    expect(memoryExportFolder('tests/.artifacts/site', 1)).not.toBe(site);
    expect(memoryExportFolder(path.resolve('out'), 1)).toBe(site);
  });
});
