// A phone's share sheet adding a note: the site's web app manifest as Chromium reads it (a share
// target at /add/, installable), /add/ opened as Android shares a link (inside `text`), and the form
// keeping its problems to itself until a field is typed in or the note is asked for.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SUMMARY_SKELETON } from '@/lib/authoring/new-note';
import { CHROMIUM_ARGS, findChromium } from '@/tools/chromium';
import { createLink, field, problems } from './add-page';
import { chromiumForFile, watchForProblems } from './browser';

const site = inject('siteUrl');
const siteDir = inject('siteDir');
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
    const dir = 'tests/.artifacts/screenshots';
    mkdirSync(dir, { recursive: true });
    // As a share opens it: no problem listed yet, "Create on GitHub" waiting for the tags.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: path.join(dir, `add-share-${width}-${colorScheme}.png`), fullPage: true });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await field(page, 'Tags (separated by commas)').fill('llm');
    await expect.poll(() => createLink(page).count()).toBe(1);
    expect(new URL((await createLink(page).getAttribute('href')) ?? '').searchParams.get('value')).toContain(
      'url: "https://example.org/x"',
    );

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
    const noTitle = 'title: must be non-empty text (got ""); put it in quotes';
    await expect.poll(() => problems(page)).toEqual([noTitle]);

    // Enter in a field asks for the note: every problem shows, and the page stays.
    const fieldsWithProblems = async () => (await problems(page)).map((line) => line.split(':')[0]).sort();
    await field(page, 'Title').press('Enter');
    await expect.poll(fieldsWithProblems).toEqual(['tags', 'title', 'url']);
    expect(await problems(page)).toContain(noTitle);
    expect(new URL(page.url()).search).toBe('');

    // So does the placeholder "Create on GitHub", on a form just opened.
    await page.reload();
    await ready(page);
    expect(await problems(page)).toEqual([]);
    await page.getByText('Create on GitHub').click();
    await expect.poll(fieldsWithProblems).toEqual(['tags', 'title', 'url']);
    expect(seen).toEqual([]);
    await page.close();
  });

  it('has a manifest Chromium parses without errors: name, icons, and /add/ as the share target', async () => {
    // A profile on disk: Chromium does not offer to install a site in an incognito window, which a new
    // context of a launched browser is, and says so among the installability errors.
    const profile = mkdtempSync(path.join(tmpdir(), 'url-notes-install-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await context.newPage();
      const seen = watchForProblems(page);
      await page.goto(site);
      const cdp = await context.newCDPSession(page);
      const { url, errors, data, manifest } = await cdp.send('Page.getAppManifest', {});
      expect(url).toBe(`${site}manifest.webmanifest`);
      expect(errors).toEqual([]);
      expect(manifest).toMatchObject({ name: 'Fixture Notes', id: site, startUrl: site, scope: site });
      expect(manifest.display).toMatch(/standalone/i);
      expect(manifest.shareTarget?.action).toBe(`${site}add/`);
      expect((manifest.icons ?? []).map(({ url, sizes, type }) => ({ url, sizes, type }))).toEqual([
        { url: `${site}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
        { url: `${site}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
        { url: `${site}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png' },
      ]);
      // Chromium 156 leaves `short_name` out of the parsed manifest it reports, and reports the share
      // target's parameters under the wrong names (its enctype as the action): they are read from
      // the manifest as Chromium fetched it.
      const fetched = JSON.parse(data ?? '{}');
      expect(fetched.short_name).toBe('Fixture Notes');
      expect(fetched.share_target).toEqual({
        action: `${basePath}add/`,
        method: 'GET',
        enctype: 'application/x-www-form-urlencoded',
        params: { title: 'title', text: 'text', url: 'url' },
      });
      for (const icon of manifest.icons ?? []) {
        const response = await page.request.get(icon.url);
        expect(response.headers()['content-type']).toBe('image/png');
        const size = Number((icon.sizes ?? '').split('x')[0]);
        expect(pngSize(await response.body())).toEqual({ width: size, height: size });
      }
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
      expect(seen).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('links the manifest from every kind of page', () => {
    for (const file of ['index.html', 'add/index.html', 'tags/index.html', 'search/index.html', '404.html']) {
      const document = new JSDOM(readFileSync(path.join(siteDir, file), 'utf8')).window.document;
      const links = [...document.querySelectorAll('link[rel="manifest"]')].map((link) => link.getAttribute('href'));
      expect(links, file).toEqual([`${basePath}manifest.webmanifest`]);
    }
  });
});
