import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { describe, expect, inject, it } from 'vitest';
import { noteMarkdown, SUMMARY_SKELETON } from '@/lib/authoring/new-note';
import { SCRIPT_BUDGET } from '@/lib/build/browser-scripts';
import { addPage, createLink, field, openWithTags, preview, problems } from './add-page';
import { chromiumForFile, pageHeading, watchForProblems } from './browser';
import { FIXTURE_BRANCH, FIXTURE_REPOSITORY } from './setup';

const site = inject('siteUrl');
const siteDir = inject('siteDir');
const browser = chromiumForFile();

describe('/add/', () => {
  it('filled from the bookmarklet’s query, shows the file and links to GitHub’s new-file page with it', async () => {
    const page = await browser().newPage();
    const seen = watchForProblems(page);
    await page.goto(addPage(site, { url: 'https://example.org/new-post', title: 'A new post', text: 'Quoted\nwords' }));
    expect(await pageHeading(page)).toContain('add');
    expect(await field(page, 'URL').inputValue()).toBe('https://example.org/new-post');
    expect(await field(page, 'Title').inputValue()).toBe('A new post');
    expect(await field(page, 'Summary').inputValue()).toBe(`- Quoted words\n${SUMMARY_SKELETON}`);
    expect(await field(page, 'Date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Suggestions complete the last tag of the line with the site's tags.
    await field(page, 'Tags (separated by commas)').fill('Hardware, ll');
    const options = await page
      .locator('#add-tag-options option')
      .evaluateAll((all) => all.map((option) => (option instanceof HTMLOptionElement ? option.value : '')));
    expect(options).toContain('Hardware, llm');
    expect(options).not.toContain('Hardware, hardware');
    await field(page, 'Tags (separated by commas)').fill('Hardware, llm');
    await field(page, 'Date').fill('2025-08-05');

    const file = noteMarkdown({
      title: 'A new post',
      url: 'https://example.org/new-post',
      tags: ['hardware', 'llm'],
      date: '2025-08-05',
      summary: `- Quoted words\n${SUMMARY_SKELETON}`,
    });
    await expect.poll(() => preview(page).textContent()).toBe(file);
    expect(await page.locator('#add-file').textContent()).toBe('content/a-new-post.md');
    expect(await problems(page)).toEqual([]);

    const href = (await createLink(page).getAttribute('href')) ?? '';
    const github = new URL(href);
    expect(`${github.origin}${github.pathname}`).toBe(`https://github.com/${FIXTURE_REPOSITORY}/new/${FIXTURE_BRANCH}`);
    expect(github.searchParams.get('filename')).toBe('content/a-new-post.md');
    expect(github.searchParams.get('value')).toBe(file);
    expect(await createLink(page).getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.locator('#add-cut').isVisible()).toBe(false);
    expect(seen).toEqual([]);
    await page.close();
  });

  it('refuses a URL the site already notes, and one that is not on the web, with no link to GitHub', async () => {
    const page = await browser().newPage();
    const seen = watchForProblems(page);
    await openWithTags(page, site, { url: 'https://SITE1.example.com/post/1/?utm_source=feed', title: 'Again' }, 'llm');
    await expect
      .poll(() => problems(page))
      .toEqual(['url: already noted in content/fixture-note-01.md; add to that note instead']);
    // A placeholder link, with no href, is no link at all until the note passes.
    expect(await createLink(page).count()).toBe(0);
    expect(await page.getByText('Create on GitHub').getAttribute('aria-disabled')).toBe('true');

    await openWithTags(page, site, { url: 'ftp://example.org/file', title: 'Not the web' }, 'llm');
    await expect
      .poll(() => problems(page))
      .toEqual(['url: must be an absolute http(s) URL (got "ftp://example.org/file")']);
    expect(seen).toEqual([]);
    await page.close();
  });

  it('keeps the notes’ URLs out of its HTML, in /add/notes.json, which it fetches', async () => {
    const noted = ['https://site1.example.com/post/1', 'fixture-note-01'];
    const html = readFileSync(path.join(siteDir, 'add/index.html'), 'utf8');
    expect(html).not.toContain(noted[0]);
    expect(html).not.toContain('fixture-note-01');
    const list: unknown = JSON.parse(readFileSync(path.join(siteDir, 'add/notes.json'), 'utf8'));
    expect(list).toContainEqual(noted);

    const page = await browser().newPage();
    const fetched = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/add/notes.json'));
    await page.goto(`${site}add/`);
    expect((await fetched).status()).toBe(200);
    await page.close();
  });

  it('still makes the note when /add/notes.json cannot be fetched, and says the duplicate check is off', async () => {
    const page = await browser().newPage();
    const seen = watchForProblems(page, (url) => url.endsWith('/add/notes.json'));
    await page.route('**/add/notes.json', (route) => route.abort());
    await openWithTags(page, site, { url: 'https://SITE1.example.com/post/1/', title: 'Again' }, 'llm');
    const status = page.getByRole('status').filter({ hasText: 'Could not load' });
    await status.waitFor();
    expect(await status.textContent()).toBe(
      'Could not load the site’s notes, so a URL already noted is not checked for.',
    );
    await expect.poll(() => createLink(page).count()).toBe(1);
    expect(await problems(page)).toEqual([]);
    expect(seen).toEqual([]);
    await page.close();
  });

  it('cuts a summary too long for GitHub’s address, and says so', async () => {
    const page = await browser().newPage();
    const seen = watchForProblems(page);
    await openWithTags(page, site, { url: 'https://example.org/long', title: 'Long' }, 'llm');
    await field(page, 'Summary').fill(`- ${'Ünïcode 日本語 words. '.repeat(500)}`);
    await page.getByRole('status').filter({ hasText: 'too long' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'too long' }).textContent()).toMatch(
      /^The summary is too long for GitHub's address: its last [\d,]+ characters are left out/,
    );
    const href = (await createLink(page).getAttribute('href')) ?? '';
    expect(href.length).toBeLessThanOrEqual(8000);
    expect(new URL(href).searchParams.get('value')).toMatch(/\n\n…\n$/);
    expect(seen).toEqual([]);
    await page.close();
  });

  it('offers a bookmarklet that, on any page, opens /add/ with its address, title and selected text', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const seen = watchForProblems(page);
    await page.goto(`${site}add/`);
    const bookmarklet = (await page.getByRole('link', { name: 'Add to Fixture Notes' }).getAttribute('href')) ?? '';
    expect(bookmarklet.startsWith('javascript:')).toBe(true);

    // On a page of the site, select its heading and click the bookmark, as a reader would.
    await page.goto(`${site}note/zeppelin-archive/`);
    const noted = { url: page.url(), title: await page.title() };
    const opened = context.waitForEvent('page');
    await page.evaluate((href) => {
      const heading = document.querySelector('main h1, main h2');
      if (heading) getSelection()?.selectAllChildren(heading);
      const bookmark = document.createElement('a');
      bookmark.href = href;
      bookmark.click();
    }, bookmarklet);
    const added = await opened;
    const addProblems = watchForProblems(added);
    await added.waitForLoadState('load');
    const query = new URL(added.url());
    expect(`${query.origin}${query.pathname}`).toBe(`${site}add/`);
    expect(query.searchParams.get('url')).toBe(noted.url);
    expect(query.searchParams.get('title')).toBe(noted.title);
    const selected = query.searchParams.get('text') ?? '';
    expect(selected).not.toBe('');
    expect(await field(added, 'URL').inputValue()).toBe(noted.url);
    expect(await field(added, 'Summary').inputValue()).toBe(`- ${selected.trim()}\n${SUMMARY_SKELETON}`);
    await field(added, 'Tags (separated by commas)').fill('history');
    await expect.poll(() => problems(added)).toEqual([]);

    const dir = 'tests/.artifacts/screenshots';
    mkdirSync(dir, { recursive: true });
    for (const [name, viewport] of [
      ['add-1280', { width: 1280, height: 900 }],
      ['add-390', { width: 390, height: 844 }],
    ] as const) {
      await added.setViewportSize(viewport);
      await added.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
    }
    expect([...seen, ...addProblems]).toEqual([]);
    await context.close();
  });

  it('is noindex, out of the sitemap, linked from /tags/, and its one script is under 15 KB gzipped', async () => {
    const html = (file: string) => new JSDOM(readFileSync(path.join(siteDir, file), 'utf8')).window.document;
    const add = html('add/index.html');
    expect(add.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8')).not.toContain('/add/');
    const tagsLinks = [...html('tags/index.html').querySelectorAll('main a')].map((a) => a.textContent);
    expect(tagsLinks).toContain('Add a note');
    expect(gzipSync(readFileSync(path.join(siteDir, 'add.js'))).length).toBeLessThanOrEqual(SCRIPT_BUDGET);

    const page = await browser().newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site}add/`);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([`${new URL(site).pathname}add.js`]);
    await page.close();
  });
});
