// A phone's share sheet adding a note: the site's web app manifest as Chromium reads it (a share
// target at /add/, installable), /add/ opened as Android shares a link (inside `text`), and the form
// keeping its problems to itself until a field is typed in or the note is asked for.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SUMMARY_SKELETON } from '@/lib/authoring/new-note';
import { createLink, field, problems } from './add-page';
import { chromiumForFile, watchForProblems } from './browser';
import { FIXTURE_OUT } from './setup';

const site = inject('siteUrl');
const basePath = new URL(site).pathname;
const browser = chromiumForFile();

/** Waits for the page's script to have filled the form. */
const ready = (page: Page) => page.locator('html.add-ready').waitFor({ state: 'attached' });

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('sharing to the site', () => {
  it('opens /add/ with the link Android puts inside `text`, and the title from `title`', async () => {
    const page = await browser().newPage();
    const seen = watchForProblems(page);
    await page.goto(`${site}add/?title=Foo&text=Look%20at%20https%3A%2F%2Fexample.org%2Fx`);
    await ready(page);
    expect(await field(page, 'URL').inputValue()).toBe('https://example.org/x');
    expect(await field(page, 'Title').inputValue()).toBe('Foo');
    expect(await field(page, 'Summary').inputValue()).toBe(`- Look at\n${SUMMARY_SKELETON}`);
    // The tags are not typed yet: the page does not list them as missing.
    expect(await problems(page)).toEqual([]);
    await field(page, 'Tags (separated by commas)').fill('llm');
    await expect.poll(() => createLink(page).count()).toBe(1);
    expect(new URL((await createLink(page).getAttribute('href')) ?? '').searchParams.get('value')).toContain(
      'url: "https://example.org/x"',
    );

    const dir = 'tests/.artifacts/screenshots';
    mkdirSync(dir, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: path.join(dir, `add-share-${width}-${colorScheme}.png`), fullPage: true });
      }
    }
    expect(seen).toEqual([]);
    await page.close();
  });

  it('shows no problem before anything is typed, a field’s once it is typed in, and all once the note is asked for', async () => {
    const page = await browser().newPage();
    const seen = watchForProblems(page);
    await page.goto(`${site}add/`);
    await ready(page);
    expect(await problems(page)).toEqual([]);
    expect(await page.locator('#add-problems').isVisible()).toBe(false);

    await field(page, 'Title').fill('A title');
    await field(page, 'Title').fill('');
    await expect.poll(() => problems(page)).toEqual(['title: must be non-empty text']);

    // Enter in a field asks for the note: every problem shows, and the page stays.
    await field(page, 'Title').press('Enter');
    await expect.poll(async () => (await problems(page)).length).toBeGreaterThan(1);
    expect(await problems(page)).toContain('title: must be non-empty text');
    expect(new URL(page.url()).search).toBe('');
    expect(seen).toEqual([]);
    await page.close();
  });

  it('has a manifest Chromium parses without errors: name, icons, and /add/ as the share target', async () => {
    const page = await browser().newPage();
    const seen = watchForProblems(page);
    await page.goto(site);
    const cdp = await page.context().newCDPSession(page);
    const { url, errors, manifest } = await cdp.send('Page.getAppManifest', {});
    expect(url).toBe(`${site}manifest.webmanifest`);
    expect(errors).toEqual([]);
    expect(manifest.name).toBe('Fixture Notes');
    expect(manifest.shortName).toBe('Fixture Notes');
    expect(manifest.display).toBe('standalone');
    expect(manifest.id).toBe(site);
    expect(manifest.startUrl).toBe(site);
    expect(manifest.scope).toBe(site);
    expect(manifest.shareTarget).toMatchObject({
      action: `${site}add/`,
      method: 'GET',
      title: 'title',
      text: 'text',
      url: 'url',
    });
    expect((manifest.icons ?? []).map(({ url, sizes, type }) => ({ url, sizes, type }))).toEqual([
      { url: `${site}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { url: `${site}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { url: `${site}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png' },
    ]);
    for (const icon of manifest.icons ?? []) {
      const response = await page.request.get(icon.url);
      expect(response.headers()['content-type']).toBe('image/png');
      const size = Number((icon.sizes ?? '').split('x')[0]);
      expect(pngSize(await response.body())).toEqual({ width: size, height: size });
    }
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    expect(seen).toEqual([]);
    await page.close();
  });

  it('links the manifest from every kind of page', () => {
    for (const file of ['index.html', 'add/index.html', 'tags/index.html', 'search/index.html', '404.html']) {
      const document = new JSDOM(readFileSync(path.join(FIXTURE_OUT, file), 'utf8')).window.document;
      const links = [...document.querySelectorAll('link[rel="manifest"]')].map((link) => link.getAttribute('href'));
      expect(links, file).toEqual([`${basePath}manifest.webmanifest`]);
    }
  });
});
