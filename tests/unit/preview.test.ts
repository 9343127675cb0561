import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePagesPath, servePreview } from '@/tools/preview-server';

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
