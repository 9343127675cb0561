// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import matter from 'gray-matter';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import YAML from 'yaml';
import { GET as atomFeed } from '@/app/atom.xml/route';
import { GET as jsonFeed } from '@/app/feed.json/route';
import { GET as rssFeed } from '@/app/feed.xml/route';
import sitemap from '@/app/sitemap';
import { GET as tagJsonFeed } from '@/app/tag/[tag]/feed.json/route';
import { GET as tagRssFeed } from '@/app/tag/[tag]/feed.xml/route';
import { noteFileNames } from '@/lib/content/load';
import { feedResponse, SITE_FEED } from '@/lib/feeds';
import { getAllNotes } from '@/lib/notes';
import { getCooccurringTags, getRelatedNotes } from '@/lib/queries';
import { absoluteUrl, siteUrl } from '@/lib/site';
import { normalizeTag } from '@/lib/tags';

const SITE_FIXTURE = 'tests/fixtures/site';
beforeAll(() => {
  vi.stubEnv('NOTES_DIR', SITE_FIXTURE);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

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
  it('RSS 2.0: the newest 50 notes, linking out, identified by their note page, no drafts', async () => {
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
    for (const guid of texts(document, 'guid')) expect(guid.startsWith(`${siteUrl}/note/`), guid).toBe(true);
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

/** What a note's front matter says, read straight from its file; tags as the site names them. */
function frontMatter(dir: string) {
  return noteFileNames(dir).flatMap((name) => {
    const { data } = matter(readFileSync(path.join(dir, name), 'utf8'), {
      engines: { yaml: (source) => YAML.parse(source, { schema: 'core' }) },
    });
    if (data.draft === true) return [];
    const tags = [...new Set(data.tags.map(normalizeTag))];
    return [{ page: absoluteUrl(`/note/${name.slice(0, -3)}/`), title: data.title, tags, date: data.date }];
  });
}

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

const midnight = (date: string) => new Date(`${date}T00:00:00Z`).getTime();

describe.each([SITE_FIXTURE, 'tests/fixtures/feeds'])('an independent reader (feedsmith) of %s', (dir) => {
  beforeAll(() => {
    vi.stubEnv('NOTES_DIR', dir);
  });
  afterAll(() => {
    vi.stubEnv('NOTES_DIR', SITE_FIXTURE);
  });

  it('reads every title, tag and date of the RSS feed as the front matter has them', async () => {
    const feed = parseRssFeed(await rssFeed().text());
    const items = (feed.items ?? []).map((item) => ({
      page: item.guid?.value,
      permalink: item.guid?.isPermaLink,
      title: item.title,
      tags: item.categories?.map((category) => category.name),
      date: new Date(item.pubDate ?? '').getTime(),
      author: item.dc?.creators,
    }));
    const expected = frontMatter(dir).map(({ page, title, tags, date }) => ({
      page,
      permalink: true,
      title,
      tags,
      date: midnight(date),
      author: ['Fixture Author'],
    }));
    expect(items).toEqual(expect.arrayContaining(expected));
    expect(items).toHaveLength(expected.length);
  });

  it('reads every title, tag and date of the Atom feed as the front matter has them, as plain text', async () => {
    const feed = parseAtomFeed(await atomFeed().text());
    expect(feed.authors?.map((author) => author.name)).toEqual(['Fixture Author']);
    expect(feed.title).toEqual({ value: 'Fixture Notes', type: 'text' });
    const entries = (feed.entries ?? []).map((entry) => ({
      page: entry.id,
      title: entry.title,
      tags: entry.categories?.map((category) => category.term),
      date: new Date(entry.published ?? '').getTime(),
    }));
    const expected = frontMatter(dir).map(({ page, title, tags, date }) => ({
      page,
      title: { value: title, type: 'text' },
      tags,
      date: midnight(date),
    }));
    expect(entries).toEqual(expect.arrayContaining(expected));
    expect(entries).toHaveLength(expected.length);
  });

  it('reads every title, tag and date of the JSON Feed as the front matter has them', async () => {
    const feed = parseJsonFeed(await jsonFeed().text());
    expect(feed.authors?.map((author) => author.name)).toEqual(['Fixture Author']);
    const items = (feed.items ?? []).map((item) => ({
      page: item.id,
      url: item.url,
      title: item.title,
      tags: item.tags,
      date: new Date(item.date_published ?? '').getTime(),
    }));
    const expected = frontMatter(dir).map(({ page, title, tags, date }) => ({
      page,
      url: page,
      title,
      tags,
      date: midnight(date),
    }));
    expect(items).toEqual(expect.arrayContaining(expected));
    expect(items).toHaveLength(expected.length);
  });
});

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
    expect(entries.find((entry) => entry.url === `${siteUrl}/note/node-event-loop/`)?.lastModified).toBe('2024-07-22');
    expect(urls.filter((url) => url.includes('/note/'))).toHaveLength(getAllNotes().length);
  });
});

describe('related', () => {
  it('ranks notes by shared tags, rarer tags weighing more, deterministically', () => {
    // ai-ml-glossary has llm (39 notes), large language model (3) and ai/ml (1).
    const related = getRelatedNotes('ai-ml-glossary').map((note) => note.slug);
    expect(related).toHaveLength(5);
    // The one other note with the rarer "large language model" outranks the 37 sharing only "llm".
    expect(related[0]).toBe('unicode-normalisation');
    expect(related).not.toContain('ai-ml-glossary');
    expect(getRelatedNotes('ai-ml-glossary').map((note) => note.slug)).toEqual(related);
    // Among notes sharing only "llm", the newest come first.
    const rest = getAllNotes().filter((note) => related.slice(1).includes(note.slug));
    expect(rest.map((note) => note.slug)).toEqual(related.slice(1));
  });

  it('lists the tags that most often appear with a tag', () => {
    const tags = getCooccurringTags('web-performance');
    expect(tags[0]).toMatchObject({ slug: 'llm', count: 24 });
    expect(tags.map((tag) => tag.slug)).not.toContain('web-performance');
    const counts = tags.map((tag) => tag.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
