// Issue 31: a download abandoned mid-file left its file open, until the process ran out of file
// descriptors and answered everything with a 404; a server error is a 500, never a 404.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePreview } from '@/lib/preview-server';
import { abandonDownloads, eventually, openFileDescriptors } from '@/tools/abandoned-downloads';

const BASE = '/url-notes';
let dir = '';
let preview: Awaited<ReturnType<typeof servePreview>>;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'preview-abandoned-'));
  writeFileSync(path.join(dir, 'index.html'), 'home');
  writeFileSync(path.join(dir, '404.html'), 'not found');
  // Larger than the socket buffers, so the server is still sending when the visitor hangs up.
  writeFileSync(path.join(dir, 'big.bin'), Buffer.alloc(8 * 1024 * 1024, 1));
  writeFileSync(path.join(dir, '.nojekyll'), '');
  preview = await servePreview({ dir, basePath: BASE });
});
afterAll(() => {
  preview.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the preview server after abandoned downloads', () => {
  it('closes the file of each of 200 abandoned downloads, and goes on serving', { timeout: 60_000 }, async () => {
    const before = openFileDescriptors();
    await abandonDownloads(preview.origin, `${BASE}/big.bin`, 200);
    // The server closes its side a moment after the visitor's: wait for it, within a bound.
    await eventually(() => openFileDescriptors() <= before + 5, 10_000);
    expect(openFileDescriptors() - before).toBeLessThanOrEqual(5);
    const home = await fetch(`${preview.origin}${BASE}/`);
    expect([home.status, await home.text()]).toEqual([200, 'home']);
  });
});

describe('the preview server on a file it cannot open', () => {
  it('answers 500, not 404, and goes on serving', async () => {
    // A Unix socket is a file to stat() but open() refuses it (ENXIO): a server error, not a missing page.
    const socketServer = createServer();
    await new Promise<void>((done) => socketServer.listen(path.join(dir, 'socket.html'), done));
    try {
      const broken = await fetch(`${preview.origin}${BASE}/socket.html`);
      expect([broken.status, await broken.text()]).toEqual([500, '500: server error\n']);
      const home = await fetch(`${preview.origin}${BASE}/`);
      expect([home.status, await home.text()]).toEqual([200, 'home']);
    } finally {
      socketServer.close();
    }
  });
});
