import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { JSDOM } from 'jsdom';
import { describe, expect, inject, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { tagPath } from '@/lib/paths';
import { absoluteUrl, basePath, siteUrl } from '@/lib/site';
import { chromiumForFile, pageHeading, watchForProblems } from './browser';
import { FIXTURE_NOTES, FIXTURE_OUT } from './setup';

const site = inject('siteUrl');
const browser = chromiumForFile();

// Each case has its own browser context; running them side by side overlaps their waits on the
// server and the renderer, instead of paying each in turn.
describe.concurrent('old tag links', () => {
  // The original site linked `<base path>/tag/<raw tag text>`, with no trailing slash.
  const storable = loadNotes(FIXTURE_NOTES).library.oldTagSpellings;

  it('cover the fixture spellings with spaces, capitals and accents, but none a URL cannot reach', () => {
    const spellings = storable.map(({ spelling }) => spelling);
    expect(spellings).toEqual(
      expect.arrayContaining(['large language model', 'LLM', 'C++', 'Ünïcode', 'node.js', 'web performance']),
    );
    expect(spellings).not.toContain('c#');
    expect(spellings).not.toContain('ai/ml');
  });

  it.each(storable.map(({ spelling, tag }) => [spelling, tag.slug, tag.name]))(
    '/tag/%s lands on /tag/%s/',
    async (spelling, slug, name) => {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser().newContext({ javaScriptEnabled });
        const page = await context.newPage();
        const problems = watchForProblems(page);
        await page.goto(`${site}tag/${encodeURIComponent(spelling)}`);
        await page.waitForURL(`${site}tag/${encodeURIComponent(slug)}/`);
        expect(await pageHeading(page)).toBe(`Fixture Notes | tag | ${name}`);
        expect(problems).toEqual([]);
        await context.close();
      }
    },
  );
});

describe('head of the exported pages', () => {
  const htmlFiles = () =>
    (readdirSync(FIXTURE_OUT, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) =>
      file.endsWith('.html'),
    );
  const head = (file: string) => new JSDOM(readFileSync(path.join(FIXTURE_OUT, file), 'utf8')).window.document.head;
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
      expect(content(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(content(page, 'meta[name="twitter:image"]')).toBe(image);
    }
    // The file itself: a PNG of that size (its IHDR chunk holds width and height).
    const png = readFileSync(path.join(FIXTURE_OUT, 'og-image.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('unknown paths', () => {
  it.each(['no/such/page/', 'tag/no-such-tag/', 'note/secret-draft/', 'page/9/'])(
    `${basePath}/%s answers 404 with the site’s page and a link home`,
    async (missing) => {
      const page = await browser().newPage();
      const problems = watchForProblems(page, (url) => url === `${site}${missing}`);
      const response = await page.goto(`${site}${missing}`);
      expect(response?.status()).toBe(404);
      expect(await pageHeading(page)).toBe('Fixture Notes | not found');
      await page.getByRole('link', { name: 'Go to the newest notes' }).click();
      await page.waitForURL(site);
      expect(await pageHeading(page)).toBe('Fixture Notes');
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});

describe.concurrent('accessibility (axe)', () => {
  const pages = [
    '',
    'tag/c-plus-plus/',
    'note/node-event-loop/',
    'tags/',
    'no/such/page/',
    'page/2/',
    'search/?q=bandwidth',
  ];
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(pages)(`${basePath}/%s has no violations in ${colorScheme} mode`, async (route) => {
      const context = await browser().newContext({ colorScheme });
      const page = await context.newPage();
      const problems = watchForProblems(page, (url) => url === `${site}no/such/page/`);
      await page.goto(`${site}${route}`);
      if (route.startsWith('search/')) await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('links', () => {
  it('every internal href and src of every exported HTML file answers 200', async () => {
    const htmlFiles = (readdirSync(FIXTURE_OUT, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) =>
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
      const { document } = new JSDOM(readFileSync(path.join(FIXTURE_OUT, file), 'utf8')).window;
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
    const sitemap = readFileSync(path.join(FIXTURE_OUT, 'sitemap.xml'), 'utf8');
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
    const pages = (readdirSync(FIXTURE_OUT, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => file.endsWith('index.html'))
      .filter((file) => !/noindex/.test(readFileSync(path.join(FIXTURE_OUT, file), 'utf8')))
      .map((file) => file.replace(/index\.html$/, ''))
      .filter((route) => !['404/', '_not-found/'].includes(route));
    const expected = pages.map((route) => `${siteRoot}${route.split('/').map(encodeURIComponent).join('/')}`);
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});

describe('screenshots', () => {
  const dir = 'tests/.artifacts/screenshots';
  const pages = {
    home: '',
    tag: 'tag/c-plus-plus/',
    note: 'note/unicode-normalisation/',
    search: 'search/?q=bandwidth',
  };

  it('home, a tag page and a note page at 1280 and 390 px, light and dark, without sideways scrolling', async () => {
    mkdirSync(dir, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 390]) {
        const context = await browser().newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        const problems = watchForProblems(page);
        for (const [name, route] of Object.entries(pages)) {
          await page.goto(`${site}${route}`);
          if (route.startsWith('search/')) await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
          await page.screenshot({ path: `${dir}/${name}-${width}-${colorScheme}.png`, fullPage: true });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
        }
        expect(problems).toEqual([]);
        await context.close();
      }
    }
  });
});
