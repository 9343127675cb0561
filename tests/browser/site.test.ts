// The site as a visitor's browser meets it: old tag links, unknown paths, accessibility, screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { basePath } from '@/lib/site';
import { FIXTURE_NOTES } from '../sites';
import { chromiumForFile, pageHeading, watchForProblems } from './browser';

const site = inject('siteUrl');
const siteDir = inject('siteDir');
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
      // The old link's page moves on by its meta refresh alone, without JavaScript. It holds no
      // script, so a visitor with JavaScript on takes the very same way.
      expect(readFileSync(path.join(siteDir, 'tag', spelling, 'index.html'), 'utf8')).not.toMatch(/<script/i);
      const context = await browser().newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const problems = watchForProblems(page);
      await page.goto(`${site}tag/${encodeURIComponent(spelling)}`);
      await page.waitForURL(`${site}tag/${encodeURIComponent(slug)}/`);
      expect(await pageHeading(page)).toBe(`Fixture Notes | tag | ${name}`);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
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
      // Every rule axe runs by default, and WCAG 2.2's target size, which it does not.
      const { violations, passes } = await new AxeBuilder({ page })
        .options({ rules: { 'target-size': { enabled: true } } })
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['color-contrast', 'target-size']));
      expect(problems).toEqual([]);
      await context.close();
    });
  }
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
