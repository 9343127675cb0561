// What the site's and the tags' feeds list: which notes, in what order, under which addresses, escaped.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { GET as atomFeed } from '@/app/atom.xml/route';
import { GET as jsonFeed } from '@/app/feed.json/route';
import { GET as rssFeed } from '@/app/feed.xml/route';
import { GET as tagJsonFeed } from '@/app/tag/[tag]/feed.json/route';
import { GET as tagRssFeed } from '@/app/tag/[tag]/feed.xml/route';
import { feedResponse, SITE_FEED } from '@/lib/feeds';
import { getAllNotes, renderSummary } from '@/lib/notes';
import { siteUrl } from '@/lib/site';
import { readSiteFixture } from './fixture-notes';

readSiteFixture();

/** Parses XML with a real XML parser; a syntax error fails the test. */
async function xml(response: Response): Promise<Document> {
  const text = await response.text();
  const document = new new JSDOM('').window.DOMParser().parseFromString(text, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

const params = (tag: string) => ({ params: Promise.resolve({ tag }) });
const texts = (parent: Element | Document, tag: string) =>
  [...parent.getElementsByTagName(tag)].map((element) => element.textContent ?? '');

describe('site feeds', () => {
  it('RSS 2.0: the newest 50 notes, linking out, identified by their note page, no drafts, no unwritten notes', async () => {
    const document = await xml(rssFeed());
    const items = [...document.getElementsByTagName('item')];
    // The fixture has 47 published notes, fewer than 50: all of them, newest first.
    expect(items).toHaveLength(47);
    const first = items[0];
    expect(texts(first, 'title')[0]).toBe('The airship archive');
    expect(texts(first, 'link')[0]).toBe('http://airships.example.net/archive');
    expect(texts(first, 'guid')[0]).toBe(`${siteUrl}/note/zeppelin-archive/`);
    expect(texts(first, 'category')).toEqual(['history', 'hacker news']);
    expect(texts(first, 'content:encoded')[0]).toContain('<strong>Unique:</strong>');
    expect(texts(document, 'title')).not.toContain('A draft that must not be published');
    expect(texts(document, 'title')).not.toContain('An unwritten note that must not be published');
    for (const guid of texts(document, 'guid')) expect(guid.startsWith(`${siteUrl}/note/`), guid).toBe(true);
  });

  it('carries each summary once: whole as the content, and a sentence or two of it as the excerpt', async () => {
    const rss = [...(await xml(rssFeed())).getElementsByTagName('item')];
    const atom = [...(await xml(atomFeed())).getElementsByTagName('entry')];
    const json: { items: { summary: string; content_html?: string }[] } = await jsonFeed().json();
    const long = getAllNotes().findIndex((note) => renderSummary(note).text.length > 200);
    expect(long).toBeGreaterThan(-1);
    const excerpts = [texts(rss[long], 'description')[0], texts(atom[long], 'summary')[0], json.items[long]?.summary];
    for (const excerpt of excerpts) {
      expect(excerpt?.length).toBeLessThanOrEqual(161);
      expect(excerpt?.endsWith('…')).toBe(true);
    }
    expect(texts(rss[long], 'content:encoded')[0]?.length).toBeGreaterThan(200);
  });

  it('escapes hostile titles and tags in RSS and Atom', async () => {
    for (const document of [await xml(rssFeed()), await xml(atomFeed())]) {
      expect(texts(document, 'title')).toContain('Less <than> & "quotes" — café ünïcode');
    }
    const rss = await xml(rssFeed());
    expect(texts(rss, 'category')).toEqual(expect.arrayContaining(['r&d <lab>', 'naïve "quoted"']));
    const atom = await xml(atomFeed());
    const terms = [...atom.getElementsByTagName('category')].map((c) => c.getAttribute('term'));
    expect(terms).toEqual(expect.arrayContaining(['r&d <lab>', 'naïve "quoted"']));
    const links = [...atom.getElementsByTagName('link')].map((link) => link.getAttribute('href'));
    expect(links).toContain('https://escape.example.org/a?x=1&y=%3C2%3E');
  });

  it('JSON Feed 1.1 with absolute ids and tags', async () => {
    const feed = JSON.parse(await jsonFeed().text());
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.home_page_url).toBe(`${siteUrl}/`);
    expect(feed.feed_url).toBe(`${siteUrl}/feed.json`);
    expect(feed.items).toHaveLength(47);
    const hostile = feed.items.find((item: { title: string }) => item.title.startsWith('Less'));
    expect(hostile).toMatchObject({
      id: `${siteUrl}/note/escaping-test/`,
      url: `${siteUrl}/note/escaping-test/`,
      external_url: 'https://escape.example.org/a?x=1&y=%3C2%3E',
      title: 'Less <than> & "quotes" — café ünïcode',
      tags: ['r&d <lab>', 'naïve "quoted"'],
      date_published: '2024-03-03T00:00:00.000Z',
    });
  });

  it('caps a feed at the newest 50 notes', async () => {
    const notes = [...getAllNotes(), ...getAllNotes()].map((note, i) => ({ ...note, slug: `n${i}` }));
    expect(notes.length).toBeGreaterThan(50);
    const document = await xml(feedResponse('rss', { ...SITE_FEED, notes }));
    expect(texts(document, 'guid')).toEqual(notes.slice(0, 50).map((note) => `${siteUrl}/note/${note.slug}/`));
  });
});

describe('the feed of a site with no notes yet', () => {
  it('gives RSS no lastBuildDate rather than 1970, and keeps the newest note’s date otherwise', async () => {
    const empty = await xml(feedResponse('rss', { ...SITE_FEED, notes: [] }));
    expect(empty.getElementsByTagName('item')).toHaveLength(0);
    expect(texts(empty, 'lastBuildDate')).toEqual([]);
    const full = await xml(feedResponse('rss', { ...SITE_FEED, notes: getAllNotes() }));
    expect(texts(full, 'lastBuildDate')).toEqual([new Date(`${getAllNotes()[0]?.date}T00:00:00Z`).toUTCString()]);
  });
});

describe('tag feeds', () => {
  it('carry only that tag’s notes, under the tag’s address', async () => {
    const feed = JSON.parse(await (await tagJsonFeed(new Request('http://x/'), params('c-plus-plus'))).text());
    expect(feed.title).toBe('Fixture Notes | tag | c++');
    expect(feed.home_page_url).toBe(`${siteUrl}/tag/c-plus-plus/`);
    expect(feed.feed_url).toBe(`${siteUrl}/tag/c-plus-plus/feed.json`);
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual([`${siteUrl}/note/c-plus-plus-templates/`]);
  });

  it('accept percent-encoded non-ASCII slugs', async () => {
    const rss = await xml(await tagRssFeed(new Request('http://x/'), params(encodeURIComponent('日本語'))));
    expect(texts(rss, 'title')[0]).toBe('Fixture Notes | tag | 日本語');
    expect(rss.getElementsByTagName('item')).toHaveLength(1);
  });
});
