import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePagesPath, servePreview } from '@/lib/preview-server';
import { basePath } from '@/lib/site';
import { CLI_TIMEOUT } from './scratch';

// A small export: what `next build` writes, as GitHub Pages would receive it.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'preview-'));
  for (const file of ['index.html', '404.html', 'tags/index.html', 'tag/日本語/index.html', 'about.html', 'feed.xml']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), file);
  }
  mkdirSync(path.join(dir, '_next/static'), { recursive: true });
  writeFileSync(path.join(dir, '_next/static/app.js'), 'js');
  writeFileSync(path.join(dir, '.nojekyll'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const resolve = (requestPath: string) => {
  const answer = resolvePagesPath(requestPath, { dir, basePath: '/url-notes' });
  return answer.status === 301 ? `301 ${answer.location}` : `${answer.status} ${path.relative(dir, answer.file)}`;
};

describe('GitHub Pages rules', () => {
  it.each([
    ['/url-notes/', '200 index.html'],
    ['/url-notes', '301 /url-notes/'],
    ['/url-notes/tags/', '200 tags/index.html'],
    ['/url-notes/tags', '301 /url-notes/tags/'],
    ['/url-notes/about', '200 about.html'],
    ['/url-notes/feed.xml', '200 feed.xml'],
    ['/url-notes/tag/%E6%97%A5%E6%9C%AC%E8%AA%9E/', '200 tag/日本語/index.html'],
    ['/url-notes/_next/static/app.js', '200 _next/static/app.js'],
    ['/url-notes/nope/', '404 404.html'],
    ['/url-notes/about/', '404 404.html'],
    ['/', '404 404.html'],
    ['/other/', '404 404.html'],
    ['/url-notes/../secret', '404 404.html'],
    ['/url-notes/%2e%2e/secret', '404 404.html'],
    ['/url-notes//tags/', '404 404.html'],
    ['/url-notes/%E0%A4', '404 404.html'],
  ])('%s → %s', (requestPath, expected) => {
    expect(resolve(requestPath)).toBe(expected);
  });

  it('hides paths starting with _ or . when .nojekyll is missing, as Jekyll would', () => {
    rmSync(path.join(dir, '.nojekyll'));
    try {
      expect(resolve('/url-notes/_next/static/app.js')).toBe('404 404.html');
      expect(resolve('/url-notes/tags/')).toBe('200 tags/index.html');
    } finally {
      writeFileSync(path.join(dir, '.nojekyll'), '');
    }
  });
});

describe('the preview server', () => {
  it('answers with status, type and body; keeps the query on redirects; refuses POST', async () => {
    const { origin, close } = await servePreview({ dir, basePath: '/url-notes' });
    try {
      const home = await fetch(`${origin}/url-notes/`);
      expect(home.status).toBe(200);
      expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
      // fetch asks for gzip and inflates it, as browsers do.
      expect(home.headers.get('content-encoding')).toBe('gzip');
      expect(await home.text()).toBe('index.html');
      const missing = await fetch(`${origin}/url-notes/missing`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe('404.html');
      const moved = await fetch(`${origin}/url-notes/tags?x=1`, { redirect: 'manual' });
      expect(moved.status).toBe(301);
      expect(moved.headers.get('location')).toBe('/url-notes/tags/?x=1');
      const hostLike = await fetch(`${origin}//evil.example/url-notes/`, { redirect: 'manual' });
      expect(hostLike.status).toBe(404);
      expect((await fetch(`${origin}/url-notes/`, { method: 'POST' })).status).toBe(405);
    } finally {
      close();
    }
  });
});

describe('the preview server under hostile conditions', () => {
  it('keeps serving when a file it answers with cannot be read (a folder as 404.html, files vanishing)', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'preview-vanish-'));
    mkdirSync(path.join(site, '404.html'));
    writeFileSync(path.join(site, 'index.html'), 'home');
    const { origin, close } = await servePreview({ dir: site, basePath: '/url-notes' });
    try {
      const missing = await fetch(`${origin}/url-notes/missing`);
      expect(missing.status).toBe(404);
      // A rebuild under load: pages removed and written again while they are asked for.
      const requests = [];
      for (let i = 0; i < 200; i += 1) {
        if (i % 2 === 0) rmSync(path.join(site, 'index.html'), { force: true });
        else writeFileSync(path.join(site, 'index.html'), 'home');
        requests.push(fetch(`${origin}/url-notes/`).then((response) => response.status));
      }
      for (const status of await Promise.all(requests)) expect([200, 404]).toContain(status);
      writeFileSync(path.join(site, 'index.html'), 'home');
      const home = await fetch(`${origin}/url-notes/`);
      expect(await home.text()).toBe('home');
    } finally {
      close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('npm run preview', { timeout: CLI_TIMEOUT }, () => {
  const preview = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/preview.ts', '--dir', dir, ...args], {
      encoding: 'utf8',
      timeout: CLI_TIMEOUT,
    });

  it.each([
    [['--port', 'abc'], 'preview: --port must be a whole number from 0 to 65535 (got "abc")'],
    [['--port', '99999'], 'preview: --port must be a whole number from 0 to 65535 (got "99999")'],
    [['--bogus'], "preview: Unknown option '--bogus'"],
  ])('%j: one line, exit 1', (args, message) => {
    const { status, stderr } = preview(...args);
    expect(status).toBe(1);
    expect(stderr.trim()).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('on a taken port, says so and how to pick another', async () => {
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    const { port } = taken.address() as AddressInfo;
    try {
      const { status, stderr } = preview('--port', String(port));
      expect(status).toBe(1);
      expect(stderr.trim()).toBe(
        `preview: port ${port} on 127.0.0.1 is in use; pick another with npm run preview -- --port ${port + 1}`,
      );
    } finally {
      taken.close();
    }
  });

  it('says which base path the build has when it is not the one served', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'preview-base-'));
    writeFileSync(
      path.join(site, 'index.html'),
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/other-name/_next/static/css/a.css"></head><body><script src="/other-name/_next/static/chunks/b.js"></script></body></html>',
    );
    writeFileSync(path.join(site, '.nojekyll'), '');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/preview.ts', '--dir', site, '--port', '0']);
    let stderr = '';
    try {
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (chunk) => {
          stderr += chunk;
          if (stderr.includes('\n')) resolve();
        });
        child.on('exit', () => reject(new Error(`preview exited: ${stderr}`)));
      });
      expect(stderr.trim()).toBe(
        `${site}/index.html: built for the base path /other-name, but served at ${basePath || '/'}; pages would show unstyled. Build again with "npm run build", or preview with BASE_PATH=/other-name npm run preview`,
      );
    } finally {
      child.kill();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
