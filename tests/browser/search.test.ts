import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { basePath } from '@/lib/site';
import { chromiumForFile, pageHeading, watchForProblems } from './browser';

const site = inject('siteUrl');
const browser = chromiumForFile();

const status = (page: Page) => page.getByRole('status');
const resultTitles = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();

/** Searches from the search page's own box and waits for the answer. */
async function search(page: Page, query: string) {
  await page.getByRole('searchbox', { name: 'Search notes' }).fill(query);
  await status(page).filter({ hasText: /match/ }).waitFor();
}

describe('search', () => {
  it('loads nothing of the index on pages where nobody searches', async () => {
    const page = await browser().newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    for (const route of ['', 'tag/llm/', 'note/zeppelin-archive/', 'tags/', 'search/']) {
      await page.goto(`${site}${route}`);
      await page.waitForLoadState('networkidle');
    }
    expect(fetched.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.close();
  });

  it('finds the one note whose summary holds a word; its title links out, “Note page” under the base path', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${site}search/`);
    await search(page, 'zeppelin');
    expect(await status(page).textContent()).toBe('1 note matches “zeppelin”.');
    expect(await resultTitles(page)).toEqual(['The airship archive']);
    const result = page.getByRole('main').getByRole('article').first();
    const title = result.getByRole('heading', { level: 2 }).getByRole('link');
    expect(await title.getAttribute('href')).toBe('http://airships.example.net/archive');
    expect(await title.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await result.getByRole('link', { name: 'Note page: The airship archive' }).getAttribute('href')).toBe(
      `${basePath}/note/zeppelin-archive/`,
    );
    expect(await result.locator('mark').first().textContent()).toMatch(/zeppelin/i);
    // Host and date as the note pages show them, the separator drawn between them by CSS.
    const meta = await result.locator('p:has(time)').evaluate((line) => ({
      host: line.firstElementChild?.textContent,
      separator: getComputedStyle(line.firstElementChild ?? line, '::after').content,
      date: line.querySelector('time')?.textContent,
    }));
    expect(meta).toEqual({ host: 'airships.example.net', separator: '" · " / ""', date: '6 Aug 2024' });
    expect(await result.getByRole('link', { name: 'hacker news' }).getAttribute('href')).toBe(
      `${basePath}/tag/hacker-news/`,
    );
    expect(page.url()).toBe(`${site}search/?q=zeppelin`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers a two-word query, and says clearly when nothing matches', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${site}search/`);
    await search(page, 'unicode normalisation');
    expect((await resultTitles(page))[0]).toBe('Ünïcode normalisation in practice');
    await search(page, 'xylophonequartz');
    expect(await status(page).textContent()).toBe('No notes match “xylophonequartz”.');
    expect(await resultTitles(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works from the keyboard alone: / in the header, Enter, Tab to a result and its note page, Enter', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${site}tag/llm/`);
    await page.keyboard.press('/');
    await page.keyboard.type('zeppelin');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site}search/?q=zeppelin`);
    await status(page).filter({ hasText: /match/ }).waitFor();
    // Focus starts in the search page's box; Tab reaches its button, then the first result's title
    // (to the noted page, in a new tab), then its note page.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('The airship archive');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('target'))).toBe('_blank');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Note page: The airship archive',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site}note/zeppelin-archive/`);
    expect(await pageHeading(page)).toBe('The airship archive');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs from the header form’s submit button on any page', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${site}note/node-event-loop/`);
    await page.getByRole('searchbox', { name: 'Search notes' }).fill('zeppelin');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${site}search/?q=zeppelin`);
    await status(page).filter({ hasText: /match/ }).waitFor();
    expect(await resultTitles(page)).toEqual(['The airship archive']);
    expect(await page.getByRole('searchbox', { name: 'Search notes' }).inputValue()).toBe('zeppelin');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers a shared link with ?q= on the search page', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${site}search/?q=${encodeURIComponent('unicode normalisation')}`);
    await status(page).filter({ hasText: /match/ }).waitFor();
    expect((await resultTitles(page))[0]).toBe('Ünïcode normalisation in practice');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds a note by its title, host or tag, with an excerpt from its summary alone', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${site}search/`);
    for (const query of ['archive', 'airships', 'history']) {
      await search(page, query);
      const result = page
        .getByRole('main')
        .getByRole('article')
        .filter({ has: page.getByRole('heading', { name: 'The airship archive' }) });
      const excerpt = await result.locator('p').nth(1).textContent();
      expect(excerpt, query).toMatch(/^Point 1: request bandwidth/);
      expect(excerpt, query).not.toMatch(/airship|example\.net|Aug 2024|history|hacker news/);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without JavaScript, the header offers the tags instead of a search box', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site);
    expect(await page.getByRole('searchbox').isVisible()).toBe(false);
    expect(
      await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'All tags' }).isVisible(),
    ).toBe(true);
    await page.goto(`${site}search/`);
    expect(await page.getByRole('main').textContent()).toMatch(/needs JavaScript/);
    expect(await page.getByRole('searchbox').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Browse all tags' }).click();
    await page.waitForURL(`${site}tags/`);
    await context.close();
  });
});
