// Search shows every result on demand: the best 20 first, then 20 more at a time from a button a
// keyboard reaches, with a count of how many are shown, kept in the address.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile, watchForProblems } from './browser';

const site = inject('siteUrl');
const browser = chromiumForFile();

const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.getByRole('list', { name: 'Matching notes' }).getByRole('article');
const more = (page: Page) => page.getByRole('button', { name: /^Show \d+ more$/ });

describe('more results', () => {
  it('shows 20 of the 39 notes tagged llm, then the other 19 from the keyboard, focus on the first of them', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${site}search/?q=llm`);
    await status(page).filter({ hasText: /match/ }).waitFor();
    expect(await status(page).textContent()).toBe('Showing 20 of 39 notes matching “llm”, best first.');
    expect(await results(page).count()).toBe(20);
    const first20 = await results(page).getByRole('heading').allTextContents();

    await more(page).focus();
    expect(await more(page).textContent()).toBe('Show 19 more');
    await page.keyboard.press('Enter');
    await status(page).filter({ hasText: '39 notes match “llm”.' }).waitFor();
    expect(await results(page).count()).toBe(39);
    const all = await results(page).getByRole('heading').allTextContents();
    expect(all.slice(0, 20)).toEqual(first20);
    expect(new Set(all).size).toBe(39);
    // Focus is on the 21st result's title, where reading goes on; nothing is left to show.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(all[20]);
    expect(await more(page).isVisible()).toBe(false);
    expect(page.url()).toBe(`${site}search/?q=llm&shown=39`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a link that kept how many were shown shows as many again; a new query starts from 20', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${site}search/?q=llm&shown=39`);
    await status(page).filter({ hasText: '39 notes match “llm”.' }).waitFor();
    expect(await results(page).count()).toBe(39);
    await page.getByRole('searchbox', { name: 'Search notes' }).fill('web performance');
    await status(page)
      .filter({ hasText: /web performance/ })
      .waitFor();
    expect(await results(page).count()).toBe(20);
    expect(await status(page).textContent()).toMatch(
      /^Showing 20 of \d+ notes matching “web performance”, best first\.$/,
    );
    expect(page.url()).toBe(`${site}search/?q=web+performance`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers no button when every result is shown', async () => {
    const page = await browser().newPage();
    await page.goto(`${site}search/?q=zeppelin`);
    await status(page).filter({ hasText: /match/ }).waitFor();
    expect(await status(page).textContent()).toBe('1 note matches “zeppelin”.');
    expect(await more(page).isVisible()).toBe(false);
    await page.close();
  });
});

describe('excerpts', () => {
  it('of a short summary show its words only, never the title, host or tags it was found by', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    for (const query of ['quoted', 'café', 'lab']) {
      await page.goto(`${site}search/?q=${encodeURIComponent(query)}`);
      await status(page).filter({ hasText: /match/ }).waitFor();
      const result = results(page).filter({ has: page.getByRole('heading', { name: /^Less <than>/ }) });
      expect(await result.locator('p').nth(1).textContent(), query).toBe(
        'Escaping: a title and tags that XML and JSON must escape.',
      );
      expect(await result.locator('mark').count(), query).toBe(0);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
