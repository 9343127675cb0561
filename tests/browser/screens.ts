// The screens the reading tests look through, and opening a page of the fixture site on one.
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { inject } from 'vitest';
import { watchForProblems } from './browser';

/** A desktop screen. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
/** A phone: small, touch, no hover. */
export const PHONE = (width: number): BrowserContextOptions => ({
  viewport: { width, height: 844 },
  isMobile: true,
  hasTouch: true,
});

/** `open(options, route)`: `route` in a new context of `browser`, watched for problems; a search waits for its results. */
export function pageOpener(browser: () => Browser) {
  const site = inject('siteUrl');
  return async function open(options: BrowserContextOptions, route: string) {
    const context = await browser().newContext(options);
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${site}${route}`);
    if (route.startsWith('search/')) await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
    return { context, page, problems };
  };
}
