// Issue 15, "Reading", on phones and in both colour schemes: nothing scrolls sideways, targets are
// large enough to tap, text contrasts. The fixture note `long-words` carries a 300-character tag and
// a 120-character word.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { tagSlug } from '@/lib/tags';
import { FIXTURE_NOTES } from '../sites';
import { chromiumForFile, watchForProblems } from './browser';
import { DESKTOP, PHONE, pageOpener } from './screens';

const site = inject('siteUrl');
const browser = chromiumForFile();
const open = pageOpener(browser);

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

// The home page, the tag index and search have every axe rule run on them, target size included, in
// both schemes (site.test.ts); these are other pages of each kind, the long list page among them.
describe('contrast in both colour schemes (axe)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(['tag/llm/', 'note/zeppelin-archive/', ...LONG_PAGES.slice(0, 1)])(
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
