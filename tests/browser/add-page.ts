// The /add/ page as the browser tests drive it: opened as the bookmarklet opens it, and the parts of
// it a visitor reads.
import type { Page } from 'playwright-core';

/** A labelled field of the form. */
export const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
/** The problems the page lists, one line each. */
export const problems = (page: Page) => page.locator('#add-problems li').allTextContents();
/** The "Create on GitHub" link; none while the note cannot be made. */
export const createLink = (page: Page) => page.getByRole('link', { name: 'Create on GitHub' });
/** The file the form makes, as shown. */
export const preview = (page: Page) => page.locator('#add-preview');

/** The address of `/add/` on the site at `site`, with the query the bookmarklet gives it. */
export const addPage = (site: string, query: Record<string, string>) => `${site}add/?${new URLSearchParams(query)}`;

/** Opens `/add/` with `query`, as the bookmarklet would, and types `tags`. */
export async function openWithTags(page: Page, site: string, query: Record<string, string>, tags: string) {
  await page.goto(addPage(site, query));
  await field(page, 'Tags (separated by commas)').fill(tags);
}
