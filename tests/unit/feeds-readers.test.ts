// The feeds read back by an independent reader: every note's title, tags and date as its front matter has them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import YAML from 'yaml';
import { GET as atomFeed } from '@/app/atom.xml/route';
import { GET as jsonFeed } from '@/app/feed.json/route';
import { GET as rssFeed } from '@/app/feed.xml/route';
import { noteFileNames } from '@/lib/content/load';
import { isUnwritten } from '@/lib/content/skeleton';
import { absoluteUrl } from '@/lib/site';
import { normalizeTag } from '@/lib/tags';
import { readSiteFixture, SITE_FIXTURE } from './fixture-notes';

readSiteFixture();

/** What a note's front matter says, read straight from its file; tags as the site names them. */
function frontMatter(dir: string) {
  return noteFileNames(dir).flatMap((name) => {
    const { data, content } = matter(readFileSync(path.join(dir, name), 'utf8'), {
      engines: { yaml: (source) => YAML.parse(source, { schema: 'core' }) },
    });
    // Left out: drafts, and notes whose summary is still the skeleton (the rule of lib/content/skeleton.ts).
    if (data.draft === true || isUnwritten(content)) return [];
    const tags = [...new Set(data.tags.map(normalizeTag))];
    return [{ page: absoluteUrl(`/note/${name.slice(0, -3)}/`), title: data.title, tags, date: data.date }];
  });
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
