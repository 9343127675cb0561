import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile, pageHeading, watchForProblems } from './browser';

const site = inject('siteUrl');
const browser = chromiumForFile();

/** What a visitor reads on the page: its address, its heading and the text of its main content. */
async function reading(page: Page) {
  // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out on screen, hidden parts left out.
  const main = await page.getByRole('main').innerText();
  return { url: page.url(), heading: await pageHeading(page), main };
}

describe('document pages', () => {
  it.each(['', 'page/2/', 'tag/c-plus-plus/', 'note/c-plus-plus-templates/', 'tags/', 'no/such/page/'])(
    '/%s requests no script and holds none but the inline / shortcut',
    async (route) => {
      const page = await browser().newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(`${site}${route}`);
      await page.waitForLoadState('networkidle');
      expect(scripts).toEqual([]);
      const inline = await page.evaluate(() =>
        [...document.scripts].map((script) => ({
          src: script.src,
          kept: script.hasAttribute('data-keep'),
          bytes: new TextEncoder().encode(script.text).length,
        })),
      );
      expect(inline.filter(({ src, kept, bytes }) => src !== '' || !kept || bytes > 500)).toEqual([]);
      await page.close();
    },
  );
});

describe('a walk home → tag chip → tag page → note → back', () => {
  async function walk(javaScriptEnabled: boolean) {
    const context = await browser().newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    const seen = [];

    await page.goto(site);
    expect(await pageHeading(page)).toBe('Fixture Notes');
    seen.push(await reading(page));

    await page
      .getByRole('list', { name: /^Tags of Templates in C\+\+/ })
      .getByRole('link', { name: 'c++' })
      .click();
    await page.waitForURL(`${site}tag/c-plus-plus/`);
    expect(await pageHeading(page)).toBe('Fixture Notes | tag | c++');
    seen.push(await reading(page));

    await page.getByRole('link', { name: /^Note page: Templates in C\+\+/ }).click();
    await page.waitForURL(`${site}note/c-plus-plus-templates/`);
    expect(await pageHeading(page)).toBe('Templates in C++ & the "rule of zero"');
    seen.push(await reading(page));
    const outbound = page.getByRole('heading', { level: 1 }).getByRole('link');
    expect(await outbound.getAttribute('href')).toBe('https://example.com/cpp/templates');
    expect(await outbound.getAttribute('rel')).toBe('noopener noreferrer');

    await page.getByRole('link', { name: 'c++', exact: true }).click();
    await page.waitForURL(`${site}tag/c-plus-plus/`);
    await page.goBack();
    await page.waitForURL(`${site}note/c-plus-plus-templates/`);
    await page.goBack();
    await page.waitForURL(`${site}tag/c-plus-plus/`);
    seen.push(await reading(page));
    expect(problems).toEqual([]);
    await context.close();
    return seen;
  }

  it('reads the same with JavaScript on and off', async () => {
    const withJavaScript = await walk(true);
    expect(withJavaScript.map(({ url }) => url)).toEqual([
      site,
      `${site}tag/c-plus-plus/`,
      `${site}note/c-plus-plus-templates/`,
      `${site}tag/c-plus-plus/`,
    ]);
    expect(await walk(false)).toEqual(withJavaScript);
  });
});

describe.each([
  { javaScriptEnabled: true, label: 'JavaScript on' },
  { javaScriptEnabled: false, label: 'JavaScript off' },
])('a visitor with $label', ({ javaScriptEnabled }) => {
  it('pages through the home list and a tag with newer/older links', async () => {
    const context = await browser().newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    const pages = () => page.getByRole('navigation', { name: 'Pages' });

    await page.goto(site);
    await expect.poll(() => pages().textContent()).toContain('Page 1 of 3');
    await pages().getByRole('link', { name: 'Older →' }).click();
    await page.waitForURL(`${site}page/2/`);
    await expect.poll(() => pages().textContent()).toContain('Page 2 of 3');
    await pages().getByRole('link', { name: 'Older →' }).click();
    await page.waitForURL(`${site}page/3/`);
    expect(await page.getByRole('article').count()).toBe(7);
    await pages().getByRole('link', { name: '← Newer' }).click();
    await page.waitForURL(`${site}page/2/`);
    await pages().getByRole('link', { name: '← Newer' }).click();
    await page.waitForURL(site);

    await page.goto(`${site}tag/web-performance/`);
    await pages().getByRole('link', { name: 'Older →' }).click();
    await page.waitForURL(`${site}tag/web-performance/page/2/`);
    expect(await pageHeading(page)).toBe('Fixture Notes | tag | web performance | page 2');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('keyboard', () => {
  it('skips to the content and follows links with Enter', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(site);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Fixture Notes');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Search');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('All tags');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site}tags/`);
    expect(await pageHeading(page)).toBe('Fixture Notes | tags');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('non-ASCII tags', () => {
  it('serve their readable slugs', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${site}tags/`);
    await page.getByRole('link', { name: '日本語' }).click();
    await page.waitForURL(`${site}tag/${encodeURIComponent('日本語')}/`);
    expect(await pageHeading(page)).toBe('Fixture Notes | tag | 日本語');
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    expect(problems).toEqual([]);
    await page.close();
  });
});
