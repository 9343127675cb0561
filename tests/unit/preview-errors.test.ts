// The preview server answers every request and keeps serving: a path through a file (ENOTDIR), a
// name too long for the file system (ENAMETOOLONG) or a symlink loop (ELOOP) is a 404.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePreview } from '@/lib/preview-server';

const BASE = '/some-site';
let dir = '';
let preview: Awaited<ReturnType<typeof servePreview>>;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'preview-errors-'));
  for (const file of ['index.html', '404.html', 'feed.xml', 'tags/index.html']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), file);
  }
  writeFileSync(path.join(dir, '.nojekyll'), '');
  symlinkSync('loop', path.join(dir, 'loop'));
  preview = await servePreview({ dir, basePath: BASE });
});
afterAll(() => {
  preview.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the preview server on paths the file system refuses', () => {
  it.each([
    '/index.html/',
    '/feed.xml/x',
    '/feed.xml/x/',
    `/${'a'.repeat(256)}`,
    `/tags/${'é'.repeat(200)}/`,
    '/loop',
    '/loop/',
  ])('%s is a 404, and the server goes on serving', async (pathname) => {
    const response = await fetch(`${preview.origin}${BASE}${pathname}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('404.html');
    const home = await fetch(`${preview.origin}${BASE}/`);
    expect([home.status, await home.text()]).toEqual([200, 'index.html']);
  });
});
