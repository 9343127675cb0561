// A list too long to page through one by one: the large site of tests/sites.ts, 251 notes (13 pages
// of 20), one with a pasted title. Far pages are a click or two away by their
// numbers or the list's contents page, with JavaScript or without, on a phone as on a desktop.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePreview } from '@/lib/preview-server';
import { basePath } from '@/lib/site';
import { largeSite } from '../sites';
import { chromiumForFile, pageHeading, watchForProblems } from './browser';

const browser = chromiumForFile();
let site = '';
let close = () => {};

beforeAll(async () => {
  const { out } = await largeSite();
  const preview = await servePreview({ dir: out, basePath });
  site = `${preview.origin}${basePath}/`;
  close = preview.close;
});
afterAll(() => close());

const pages = (page: Page) => page.getByRole('navigation', { name: 'Pages' });
const current = (page: Page) => pages(page).locator('[aria-current="page"]').textContent();

describe.each([
  { javaScriptEnabled: true, label: 'JavaScript on' },
  { javaScriptEnabled: false, label: 'JavaScript off' },
])('a list of 13 pages, $label', ({ javaScriptEnabled }) => {
  it('reaches the last page in one click, a middle one in two through the contents page, and back by number', async () => {
    const context = await browser().newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(site);
    expect(await pages(page).getByRole('link').allTextContents()).toEqual([
      'Older →',
      '2',
      '3',
      '10',
      '13',
      'All 13 pages by month',
    ]);
    expect(await current(page)).toBe('1');

    await pages(page).getByRole('link', { name: '13', exact: true }).click();
    await page.waitForURL(`${site}page/13/`);
    expect(await current(page)).toBe('13');
    expect(await pageHeading(page)).toBe('Fixture Notes | page 13');

    await pages(page).getByRole('link', { name: 'All 13 pages by month' }).click();
    await page.waitForURL(`${site}pages/`);
    expect(await pageHeading(page)).toBe('Fixture Notes | pages by month');
    const months = page.getByRole('main').getByRole('list', { name: /^Pages of / });
    // Every page is listed under at least one month; one holding two months' notes under both.
    const listed = new Set((await months.getByRole('link').allTextContents()).map(Number));
    expect([...listed].sort((a, b) => a - b)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    await months.first().getByRole('link').first().click();
    await page.waitForURL(site);

    await page.goto(`${site}pages/`);
    await page.getByRole('main').getByRole('link', { name: '7', exact: true }).first().click();
    await page.waitForURL(`${site}page/7/`);
    expect(await current(page)).toBe('7');
    expect(await page.getByRole('main').getByRole('article').count()).toBe(20);
    await pages(page).getByRole('link', { name: '10', exact: true }).click();
    await page.waitForURL(`${site}page/10/`);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('on a phone', () => {
  it('numbers are tap targets of 24 × 24 px or more, apart from one another, and nothing scrolls sideways', async () => {
    const context = await browser().newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const targets = {
      'page/7/': () => pages(page).getByRole('link'),
      'pages/': () => page.getByRole('main').getByRole('listitem').getByRole('link'),
    };
    for (const [route, links] of Object.entries(targets)) {
      await page.goto(`${site}${route}`);
      const boxes = await Promise.all((await links().all()).map((link) => link.boundingBox()));
      expect(boxes.length, route).toBeGreaterThan(5);
      for (const box of boxes) expect(Math.min(box?.width ?? 0, box?.height ?? 0), route).toBeGreaterThanOrEqual(24);
      const touching = boxes.filter((a, i) =>
        boxes
          .slice(i + 1)
          .some(
            (b) =>
              a &&
              b &&
              a.x < b.x + b.width + 2 &&
              b.x < a.x + a.width + 2 &&
              a.y < b.y + b.height + 2 &&
              b.y < a.y + a.height + 2,
          ),
      );
      expect(touching, route).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
    }
    await context.close();
  });
});

describe('accessibility (axe)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(['page/7/', 'pages/', 'tag/llm/pages/'])(`/%s has no violations, ${colorScheme}`, async (route) => {
      const context = await browser().newContext({ colorScheme });
      const page = await context.newPage();
      const problems = watchForProblems(page);
      await page.goto(`${site}${route}`);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('search on this site', () => {
  it('shows a short summary whole as the excerpt of a note found by its title, host or tag, and nothing after it', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    for (const query of ['pasted', 'width', 'e-mail']) {
      await page.goto(`${site}search/?q=${query}`);
      await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
      const result = page
        .getByRole('main')
        .getByRole('article')
        .filter({ has: page.getByRole('heading', { name: /a pasted title/ }) });
      expect(await result.locator('p').nth(1).textContent(), query).toBe('Short, hyphen-split summary.');
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
