import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '@/tools/chromium';

/** Starts Chromium before a test file's tests and closes it after them; call it at the top of the file. */
export function chromiumForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium did not start');
    return browser;
  };
}

/**
 * Collects what a visitor should never meet: console errors, uncaught exceptions and 4xx/5xx
 * answers. `allow` lists URLs expected to fail (the 404 page's own address).
 */
export function watchForProblems(page: Page, allow: (url: string) => boolean = () => false): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const { url } = message.location();
    // Chromium sometimes asks for /favicon.ico at the host's root while the client router swaps
    // the head; on GitHub Pages that address belongs to the owner's user site, not to url-notes.
    const rootFavicon = new URL(url || 'about:blank').pathname === '/favicon.ico';
    if (message.type() === 'error' && !allow(url) && !rootFavicon) problems.push(`console: ${message.text()} ${url}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !allow(response.url())) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

/** The text of the page's one `h1`. */
export function pageHeading(page: Page): Promise<string> {
  return page
    .getByRole('heading', { level: 1 })
    .textContent()
    .then((text) => text ?? '');
}
