// Issue 15, "Reading": what a visitor sees when skimming, tapping and reading, measured in the
// browser: the home page as an index, what titles lead to, the tag page, chips and dates.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { basePath } from '@/lib/site';
import { chromiumForFile } from './browser';
import { DESKTOP, PHONE, pageOpener } from './screens';

const site = inject('siteUrl');
const browser = chromiumForFile();
const open = pageOpener(browser);

/** How many notes of the main list lie wholly inside the first screen. */
function notesInFirstScreen(page: Page) {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('main article')].filter(
        (article) => article.getBoundingClientRect().bottom <= window.innerHeight,
      ).length,
  );
}

describe('the home page is an index', () => {
  it.each([
    ['1280 × 800', DESKTOP, 8],
    ['390 × 844, a phone', PHONE(390), 4],
  ] as const)('shows at least that many whole notes in the first %s screen', async (_, options, least) => {
    const { context, page, problems } = await open(options, '');
    expect(await notesInFirstScreen(page)).toBeGreaterThanOrEqual(least);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('gives each note its title, host, date, tags and one line of its summary', async () => {
    const { context, page } = await open(DESKTOP, '');
    const entry = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'The airship archive' }) });
    expect(await entry.getByText('airships.example.net').count()).toBe(1);
    expect(await entry.locator('time').getAttribute('datetime')).toBe('2024-08-06');
    expect(await entry.getByRole('list', { name: 'Tags of The airship archive' }).getByRole('link').count()).toBe(2);
    const lines = await entry
      .locator('p')
      .last()
      .evaluate((p) => p.getClientRects().length);
    const height = await entry
      .locator('p')
      .last()
      .evaluate((p) => p.getBoundingClientRect().height);
    const lineHeight = await entry
      .locator('p')
      .last()
      .evaluate((p) => Number.parseFloat(getComputedStyle(p).lineHeight));
    expect(lines).toBe(1);
    expect(height).toBeLessThanOrEqual(lineHeight + 1);
    await context.close();
  });
});

describe('one meaning per title', () => {
  const outbound = { href: 'http://airships.example.net/archive', target: '_blank', rel: 'noopener noreferrer' };
  const linkOf = async (page: Page, name: string) => {
    const link = page.getByRole('link', { name, exact: true }).first();
    return {
      href: await link.getAttribute('href'),
      target: await link.getAttribute('target'),
      rel: await link.getAttribute('rel'),
    };
  };

  it.each(['', 'tag/history/', 'note/zeppelin-archive/', 'search/?q=zeppelin'])(
    '/%s: the title links to the noted page, and “Note page” to the note',
    async (route) => {
      const { context, page, problems } = await open(DESKTOP, route);
      expect(await linkOf(page, 'The airship archive')).toEqual(outbound);
      if (!route.startsWith('note/')) {
        const note = page.getByRole('link', { name: 'Note page: The airship archive' });
        expect(await note.getAttribute('href')).toBe(`${basePath}/note/zeppelin-archive/`);
        expect(await note.textContent()).toBe('Note page ›');
      }
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('related notes on a note page follow the same rule', async () => {
    const { context, page } = await open(DESKTOP, 'note/fixture-note-01/');
    const related = page.getByRole('region', { name: 'Related notes' });
    const first = related.getByRole('listitem').first();
    expect(await first.getByRole('link').first().getAttribute('rel')).toBe('noopener noreferrer');
    expect(await first.getByRole('link', { name: /^Note page: / }).getAttribute('href')).toMatch(/\/note\//);
    await context.close();
  });
});

describe('the tag page', () => {
  it('says how many notes carry the tag and links its RSS and JSON feeds, which answer', async () => {
    const { context, page, problems } = await open(DESKTOP, 'tag/llm/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Fixture Notes | tag | llm');
    expect(await page.getByText('39 notes tagged “llm”').count()).toBe(1);
    for (const [name, type] of [
      ['RSS', 'application/rss+xml'],
      ['JSON Feed', 'application/feed+json'],
    ]) {
      const href = await page.getByRole('main').getByRole('link', { name, exact: true }).getAttribute('href');
      expect(href).toBe(`${basePath}/tag/llm/${name === 'RSS' ? 'feed.xml' : 'feed.json'}`);
      const response = await fetch(new URL(href ?? '', site));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(type === 'application/rss+xml' ? 'xml' : 'json');
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(['', 'tag/databases/', 'tag/web-performance/', 'tag/distributed-systems/', 'note/zeppelin-archive/'])(
    '%s: the header is one row at 1280 px, the search box beside the trail (issue 31)',
    async (route) => {
      const { context, page } = await open(DESKTOP, route);
      const header = page.getByRole('banner');
      const trail = await header.locator(':scope > :first-child').boundingBox();
      const search = await header.getByRole('search').boundingBox();
      expect(search?.y ?? 0).toBeLessThan((trail?.y ?? 0) + (trail?.height ?? 0));
      // The box keeps its smallest width at least (--search-box-min, 10rem, 160 px), to a rounding.
      expect(search?.width).toBeGreaterThan(159.5);
      await context.close();
    },
  );

  it('shows each note in full: title, chips and the whole summary', async () => {
    const { context, page } = await open(DESKTOP, 'tag/history/');
    const note = page.getByRole('article').first();
    expect(await note.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Unique: the word zeppelin/)]),
    );
    await context.close();
  });
});

describe('one chip style', () => {
  const PROPERTIES = [
    'font-size',
    'line-height',
    'padding-top',
    'padding-left',
    'border-top-left-radius',
    'background-color',
    'color',
    'height',
  ];
  const chipStyle = (page: Page, name: string) =>
    page
      .getByRole('main')
      .getByRole('link', { name, exact: true })
      .first()
      .evaluate((chip, properties) => {
        const style = getComputedStyle(chip);
        return Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
      }, PROPERTIES);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`chips on home, a tag page, a note page and search results look the same (${colorScheme})`, async () => {
      const styles: { route: string; style: Record<string, string> }[] = [];
      for (const route of ['', 'tag/hacker-news/', 'note/zeppelin-archive/', 'search/?q=zeppelin']) {
        const { context, page } = await open({ ...DESKTOP, colorScheme }, route);
        styles.push({ route, style: await chipStyle(page, 'history') });
        await context.close();
      }
      const [first] = styles;
      for (const { route, style } of styles) expect({ route, style }).toEqual({ route, style: first?.style });
      expect(Number.parseFloat(first?.style.height ?? '0')).toBeGreaterThanOrEqual(24);
    });
  }
});

describe('dates', () => {
  it('read alike on pages and in search: day, three-letter month, year', async () => {
    const { context, page } = await open(DESKTOP, 'search/?q=zeppelin');
    expect(await page.getByRole('main').locator('time').first().textContent()).toBe('6 Aug 2024');
    await page.goto(`${site}note/zeppelin-archive/`);
    expect(await page.getByRole('main').locator('time').first().textContent()).toBe('6 Aug 2024');
    await context.close();
  });
});
