// @vitest-environment jsdom
// A note's text in the feeds: read back by an independent reader, it never becomes markup.
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as atomFeed } from '@/app/atom.xml/route';
import { GET as jsonFeed } from '@/app/feed.json/route';
import { GET as rssFeed } from '@/app/feed.xml/route';
import { absoluteUrl } from '@/lib/site';
import { readSiteFixture, SITE_FIXTURE } from './fixture-notes';

readSiteFixture();

/** The text a reader shows for an HTML string: markup is parsed, never shown. */
function htmlText(html: string): { text: string; elements: string[] } {
  // A template's content is inert: nothing in it loads or runs.
  const template = document.createElement('template');
  template.innerHTML = html;
  const { content } = template;
  return {
    text: (content.textContent ?? '').trim(),
    elements: [...content.querySelectorAll('*')].map((e) => e.localName),
  };
}

describe('note text in feeds', () => {
  beforeAll(() => {
    vi.stubEnv('NOTES_DIR', 'tests/fixtures/feeds');
  });
  afterAll(() => {
    vi.stubEnv('NOTES_DIR', SITE_FIXTURE);
  });
  const summary = 'Plain text: <img src=x onerror=alert(1)> and &copy; stay text.';

  it('never becomes markup: Atom summaries are text, content is the sanitized summary', async () => {
    const feed = parseAtomFeed(await atomFeed().text());
    const entry = feed.entries?.find((e) => e.id === absoluteUrl('/note/plain-text-title/'));
    expect(entry?.summary).toEqual({ value: summary, type: 'text' });
    expect(entry?.content?.type).toBe('html');
    const content = htmlText(entry?.content?.value ?? '');
    expect(content.text).toBe(summary);
    expect(content.elements).not.toContain('img');
    expect(entry?.links?.map((link) => link.href)).toEqual(['https://plain.example.org/vector?a=1&b=%3C2%3E']);
  });

  it('never becomes markup: an RSS description is HTML-escaped text that reads back as written', async () => {
    const feed = parseRssFeed(await rssFeed().text());
    const item = feed.items?.find((i) => i.guid?.value === absoluteUrl('/note/plain-text-title/'));
    const description = htmlText(item?.description ?? '');
    expect(description).toEqual({ text: summary, elements: [] });
    const content = htmlText(item?.content?.encoded ?? '');
    expect(content.text).toBe(summary);
    expect(content.elements).not.toContain('img');
  });

  it('gives a note without a summary a sentence as content in every format', async () => {
    const sentence = `A note on “<img src=x onerror=alert(1)> in a title” from markup.example.org.`;
    const page = absoluteUrl('/note/markup-title/');
    const atom = parseAtomFeed(await atomFeed().text()).entries?.find((e) => e.id === page);
    expect(atom?.content).toEqual({ value: sentence, type: 'text' });
    const rss = parseRssFeed(await rssFeed().text()).items?.find((i) => i.guid?.value === page);
    expect(htmlText(rss?.description ?? '')).toEqual({ text: sentence, elements: [] });
    expect(htmlText(rss?.content?.encoded ?? '')).toEqual({ text: sentence, elements: [] });
    const json = parseJsonFeed(await jsonFeed().text()).items?.find((i) => i.id === page);
    expect(json).toMatchObject({ content_text: sentence, external_url: 'https://markup.example.org/' });
    expect(json).not.toHaveProperty('content_html');
  });
});
