// /tags/ at a glance, with no script: the most used tags, then A to Z under a row of letters that
// jump to each group and back.
import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile, watchForProblems } from './browser';

const site = inject('siteUrl');
const browser = chromiumForFile();

/** Whether the whole of an element is on screen. */
const inView = (element: Locator) =>
  element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

describe('/tags/ without JavaScript', () => {
  it('jumps from a letter to its tags and back, on a phone', async () => {
    const context = await browser().newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${site}tags/`);
    const letters = page.getByRole('navigation', { name: 'Tags by first letter' });
    for (const link of await letters.getByRole('link').all()) {
      const box = await link.boundingBox();
      expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(24);
    }
    // The letter's own section, the innermost around its heading.
    const group = page.getByRole('heading', { name: 'К', exact: true }).locator('xpath=ancestor::section[1]');
    expect(await inView(group.getByRole('heading', { name: 'К' }))).toBe(false);
    await letters.getByRole('link', { name: 'К' }).click();
    await page.waitForURL(`${site}tags/#${encodeURIComponent('tags-К')}`);
    await expect.poll(() => inView(group.getByRole('heading', { name: 'К' }))).toBe(true);
    expect(await inView(group.getByRole('link', { name: 'кириллица' }))).toBe(true);
    expect(await inView(letters)).toBe(false);
    await group.getByRole('link', { name: 'Back to the letters' }).click();
    await page.waitForURL(`${site}tags/#letters`);
    await expect.poll(() => inView(letters)).toBe(true);
    await page.getByRole('link', { name: '日本語' }).click();
    await page.waitForURL(`${site}tag/${encodeURIComponent('日本語')}/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
