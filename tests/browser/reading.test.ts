// Issue 15, "Reading": what a visitor sees when skimming, tapping and reading, measured in the
// browser. The fixture note `long-words` carries a 300-character tag and a 120-character word.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { basePath } from '@/lib/site';
import { tagSlug } from '@/lib/tags';
import { chromiumForFile, watchForProblems } from './browser';
import { FIXTURE_NOTES } from './setup';

const site = inject('siteUrl');
const browser = chromiumForFile();

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
/** A phone: small, touch, no hover. */
const PHONE = (width: number): BrowserContextOptions => ({
  viewport: { width, height: 844 },
  isMobile: true,
  hasTouch: true,
});

const LONG_TAG = loadNotes(FIXTURE_NOTES).library.tags.find((tag) => tag.name.length >= 300);
if (!LONG_TAG) throw new Error('the fixture site has no 300-character tag');
/** The list page, tag page, note page, tag index and search that show the long tag and word. */
const LONG_PAGES = [
  'page/3/',
  `tag/${encodeURIComponent(tagSlug(LONG_TAG.name))}/`,
  'note/long-words/',
  'tags/',
  'search/?q=pneumonoultramicroscopicsilicovolcanoconiosis',
];

async function open(options: BrowserContextOptions, route: string) {
  const context = await browser().newContext(options);
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await page.goto(`${site}${route}`);
  if (route.startsWith('search/')) await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
  return { context, page, problems };
}

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

describe('phones', () => {
  it.each([360, 390])('nothing scrolls sideways at %i px, even with the long tag and word', async (width) => {
    const context = await browser().newContext(PHONE(width));
    const page = await context.newPage();
    const problems = watchForProblems(page);
    for (const route of LONG_PAGES) {
      await page.goto(`${site}${route}`);
      if (route.startsWith('search/')) await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ route, overflow }).toEqual({ route, overflow: 0 });
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('at 360 px the header fits, with a search box the full width of the page', async () => {
    const { context, page } = await open(PHONE(360), 'tag/web-performance/');
    const box = await page.getByRole('search').boundingBox();
    const header = await page.getByRole('banner').boundingBox();
    expect(box && header && box.width).toBeGreaterThanOrEqual((header?.width ?? 0) - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('shows no keyboard hint on a touch screen, and shows it with a mouse', async () => {
    const hint = (page: Page) => page.getByRole('banner').locator('kbd');
    const phone = await open(PHONE(390), '');
    expect(await hint(phone.page).isVisible()).toBe(false);
    expect(await phone.page.getByRole('searchbox').getAttribute('placeholder')).not.toContain('/');
    await phone.context.close();
    const desktop = await open(DESKTOP, '');
    expect(await hint(desktop.page).isVisible()).toBe(true);
    await desktop.context.close();
  });

  it('header links, buttons and chips are at least 24 × 24 px, with space between them', async () => {
    const { context, page } = await open(PHONE(390), 'tag/llm/');
    const targets = [
      ...(await page.getByRole('banner').getByRole('link').all()),
      ...(await page.getByRole('banner').getByRole('button').all()),
      ...(await page.getByRole('main').getByRole('listitem').getByRole('link').all()),
      ...(await page
        .getByRole('main')
        .getByRole('link', { name: /^Note page: / })
        .all()),
    ];
    expect(targets.length).toBeGreaterThan(20);
    const boxes: (Box & { name: string | undefined })[] = [];
    for (const target of targets) {
      const box = await target.boundingBox();
      if (!box) throw new Error(`no box for ${await target.textContent()}`);
      boxes.push({ name: (await target.textContent())?.slice(0, 40), ...box });
    }
    const small = boxes.filter((box) => box.width < 24 || box.height < 24);
    expect(small).toEqual([]);
    // The search box and its button form one control, drawn as one: only the button is a tap target here.
    // Space around each: no two targets touch (boxes grown by 2 px on every side do not meet).
    const crowded = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => overlap(grow(a, 2), grow(b, 2)))
        .map((b) => `${a.name} / ${b.name}`),
    );
    expect(crowded).toEqual([]);
    await context.close();
  });
});

type Box = { x: number; y: number; width: number; height: number };
const grow = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});
function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('contrast in both colour schemes (axe)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(['', 'tag/llm/', 'note/zeppelin-archive/', 'tags/', 'search/?q=bandwidth', ...LONG_PAGES.slice(0, 1)])(
      `/%s: colour contrast and links told apart from text, ${colorScheme}`,
      async (route) => {
        const { context, page } = await open({ ...DESKTOP, colorScheme }, route);
        const { violations, passes } = await new AxeBuilder({ page })
          .withRules(['color-contrast', 'link-in-text-block', 'target-size'])
          .analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(passes.map((rule) => rule.id)).toContain('color-contrast');
        await context.close();
      },
    );
  }
});
