import { describe, expect, it } from 'vitest';
import sitemap from '@/app/sitemap';
import { getAllNotes } from '@/lib/notes';
import { siteUrl } from '@/lib/site';
import { readSiteFixture } from './fixture-notes';

readSiteFixture();

describe('sitemap', () => {
  it('lists every page once, with absolute URLs and note dates', () => {
    const entries = sitemap();
    const urls = entries.map((entry) => entry.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual(
      expect.arrayContaining([
        `${siteUrl}/`,
        `${siteUrl}/page/3/`,
        `${siteUrl}/tags/`,
        `${siteUrl}/tag/c-plus-plus/`,
        `${siteUrl}/tag/llm/page/2/`,
        `${siteUrl}/tag/${encodeURIComponent('日本語')}/`,
        `${siteUrl}/note/node-event-loop/`,
      ]),
    );
    expect(urls).not.toContain(`${siteUrl}/note/secret-draft/`);
    expect(urls).not.toContain(`${siteUrl}/note/unwritten-note/`);
    expect(urls).not.toContain(`${siteUrl}/tag/unwritten-only/`);
    expect(entries.find((entry) => entry.url === `${siteUrl}/note/node-event-loop/`)?.lastModified).toBe('2024-07-22');
    expect(urls.filter((url) => url.includes('/note/'))).toHaveLength(getAllNotes().length);
  });
});
