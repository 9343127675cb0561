// /add/ at its limits, as a visitor meets them: a URL with a line break inside, emoji, and a note
// whose title and tags alone are too long for GitHub's address.
import { describe, expect, inject, it } from 'vitest';
import { createLink, field, openWithTags, problems } from './add-page';
import { chromiumForFile, watchForProblems } from './browser';

const site = inject('siteUrl');
const browser = chromiumForFile();

describe('/add/ at its limits', () => {
  it('refuses a URL with a line break inside rather than join its lines, until it is fixed', async () => {
    const page = await browser().newPage();
    const seen = watchForProblems(page);
    await openWithTags(page, site, { url: 'https://example.org/b\nnext', title: 'Broken' }, 'llm');
    await expect
      .poll(() => problems(page))
      .toEqual(['url: has a tab or line break inside (got "https://example.org/b\\nnext"); write the URL on one line']);
    expect(await createLink(page).count()).toBe(0);
    await field(page, 'URL').fill('https://example.org/b');
    await expect.poll(() => problems(page)).toEqual([]);
    expect(await createLink(page).count()).toBe(1);
    expect(seen).toEqual([]);
    await page.close();
  });

  it('takes a title of 500 emoji and keeps each sequence whole', async () => {
    const page = await browser().newPage();
    const seen = watchForProblems(page);
    const title = `🤷‍♂️${'😀'.repeat(498)}🏴󠁧󠁢󠁳󠁣󠁴󠁿`;
    await openWithTags(page, site, { url: 'https://example.org/emoji', title }, 'llm');
    await expect.poll(() => createLink(page).count()).toBe(1);
    expect(await problems(page)).toEqual([]);
    expect(await page.locator('#add-preview').textContent()).toContain(`title: "${title}"`);
    const href = (await createLink(page).getAttribute('href')) ?? '';
    expect(new URL(href).searchParams.get('value')).toContain(`title: "${title}"`);
    expect(seen).toEqual([]);
    await page.close();
  });

  it('makes no link when the title and tags alone are too long for GitHub, and says so', async () => {
    const page = await browser().newPage();
    const seen = watchForProblems(page);
    const tags = `${'日本語のタグ'.repeat(80)}, ${'中文标签'.repeat(120)}`;
    await openWithTags(page, site, { url: 'https://example.org/cjk', title: '長'.repeat(500) }, tags);
    const status = page.getByRole('status').filter({ hasText: 'GitHub' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(
      /^Without its summary, the note still makes GitHub's address [\d,]+ characters long once encoded, over the 8,000 it takes: shorten the title or tags/,
    );
    expect(await createLink(page).count()).toBe(0);
    expect(await problems(page)).toEqual([]);
    expect(seen).toEqual([]);
    await page.close();
  });
});
