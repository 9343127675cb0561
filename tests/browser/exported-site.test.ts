// The exported site as files, read from out/ (no browser): every page's head, every internal link
// answering, and the sitemap.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, inject, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { tagPath } from '@/lib/paths';
import { absoluteUrl, siteUrl } from '@/lib/site';
import { FIXTURE_NOTES } from '../sites';

const site = inject('siteUrl');
const siteDir = inject('siteDir');

describe('head of the exported pages', () => {
  const htmlFiles = () =>
    (readdirSync(siteDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.html'));
  const head = (file: string) => new JSDOM(readFileSync(path.join(siteDir, file), 'utf8')).window.document.head;
  const content = (element: Element, selector: string) => element.querySelector(selector)?.getAttribute('content');

  it('pages that send old tag links on name the tag page as canonical with an absolute URL', () => {
    const { oldTagSpellings } = loadNotes(FIXTURE_NOTES).library;
    expect(oldTagSpellings.length).toBeGreaterThan(0);
    for (const { spelling, tag } of oldTagSpellings) {
      const canonical = head(`tag/${spelling}/index.html`).querySelector('link[rel="canonical"]');
      expect(canonical?.getAttribute('href')).toBe(absoluteUrl(tagPath(tag.slug)));
    }
  });

  it('the 404 page says noindex once', () => {
    for (const file of ['404.html', '404/index.html']) {
      const robots = [...head(file).querySelectorAll('meta[name="robots"]')].map((meta) =>
        meta.getAttribute('content'),
      );
      expect(robots).toEqual(['noindex']);
    }
  });

  it('every page shows the site’s one image card, 1200 × 630, by absolute URL', () => {
    const pages = htmlFiles().filter((file) => !head(file).querySelector('meta[http-equiv="refresh"]'));
    expect(pages.length).toBeGreaterThan(60);
    for (const file of pages) {
      const page = head(file);
      const image = content(page, 'meta[property="og:image"]');
      expect({ file, image }).toEqual({ file, image: `${siteUrl}/og-image.png` });
      expect(content(page, 'meta[property="og:image:width"]')).toBe('1200');
      expect(content(page, 'meta[property="og:image:height"]')).toBe('630');
      expect(content(page, 'meta[property="og:image:alt"]')).toBeTruthy();
      // X reads the card's title, description and image from Open Graph: only the card's kind is its own.
      expect(content(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(page.querySelectorAll('meta[name^="twitter:"]')).toHaveLength(1);
    }
    // The file itself: a PNG of that size (its IHDR chunk holds width and height).
    const png = readFileSync(path.join(siteDir, 'og-image.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('links', () => {
  it('every internal href and src of every exported HTML file answers 200', async () => {
    const htmlFiles = (readdirSync(siteDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) =>
      file.endsWith('.html'),
    );
    const origin = new URL(site).origin;
    const sitePath = new URL(site).pathname;
    const targets = new Map<string, string>();
    const outsideBasePath: string[] = [];
    for (const file of htmlFiles) {
      // The page's own URL, as Pages serves it: `tag/llm/index.html` is `<base path>/tag/llm/`.
      const route = file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
      const pageUrl = new URL(route.split('/').map(encodeURIComponent).join('/'), site);
      const { document } = new JSDOM(readFileSync(path.join(siteDir, file), 'utf8')).window;
      const refs = [
        ...[...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href')),
        ...[...document.querySelectorAll('[src]')].map((el) => el.getAttribute('src')),
      ];
      for (const ref of refs) {
        const url = new URL(ref ?? '', pageUrl);
        if (url.origin !== origin) continue;
        targets.set(url.href.replace(/#.*$/, ''), file);
        if (!url.pathname.startsWith(sitePath)) outsideBasePath.push(`${ref} in ${file}`);
      }
    }
    const broken: string[] = [];
    for (const [url, file] of targets) {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status !== 200) broken.push(`${response.status} ${url} (linked from ${file})`);
      await response.arrayBuffer();
    }
    console.log(
      `crawl: ${htmlFiles.length} HTML files, ${targets.size} distinct internal links, ${broken.length} broken`,
    );
    expect(htmlFiles.length).toBeGreaterThan(60);
    expect(broken).toEqual([]);
    // Every internal link and asset of every page lives under the base path.
    expect(outsideBasePath).toEqual([]);
  });
});

describe('sitemap', () => {
  it('lists exactly the indexable pages in out/, with absolute URLs and dates', () => {
    const sitemap = readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8');
    const document = new new JSDOM('').window.DOMParser().parseFromString(sitemap, 'application/xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const urls = [...document.getElementsByTagName('url')];
    const listed = urls.map((url) => url.getElementsByTagName('loc')[0]?.textContent ?? '');
    for (const url of urls) expect(url.getElementsByTagName('lastmod')[0]?.textContent).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The address the site is built for (lib/site.ts), not the preview's.
    const siteRoot = absoluteUrl('/');
    expect(listed.every((loc) => loc.startsWith(siteRoot))).toBe(true);

    // Every page a search engine should index: not the 404 page or the pages that send old tag
    // links on (they say noindex).
    const pages = (readdirSync(siteDir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => file.endsWith('index.html'))
      .filter((file) => !/noindex/.test(readFileSync(path.join(siteDir, file), 'utf8')))
      .map((file) => file.replace(/index\.html$/, ''))
      .filter((route) => !['404/', '_not-found/'].includes(route));
    const expected = pages.map((route) => `${siteRoot}${route.split('/').map(encodeURIComponent).join('/')}`);
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});
