import { Feed } from 'feed';
import { getAllTags, getNotesByTag, getTag, type Note } from './notes';
import { notePath, tagPath } from './paths';
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME, siteUrl } from './site';
import { slugFromParam } from './tags';

/**
 * How many of the newest notes a feed carries. A tag's feed carries fewer: with hundreds of tags,
 * 50 full summaries each would make the feeds alone a large share of the site.
 */
const SITE_FEED_SIZE = 50;
const TAG_FEED_SIZE = 20;

export type FeedFormat = 'rss' | 'atom' | 'json';

/** The site's feeds, which every page announces. */
export const SITE_FEEDS = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const;

/** Where a list's feeds live: RSS, Atom and JSON for the site; RSS and JSON for a tag. */
export function feedPaths(listPath: string): Partial<Record<FeedFormat, string>> {
  return listPath === '/' ? SITE_FEEDS : { rss: `${listPath}feed.xml`, json: `${listPath}feed.json` };
}

const MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

type FeedSource = {
  title: string;
  description: string;
  /** The HTML page the feed follows: `/` or `/tag/llm/`. */
  listPath: string;
  notes: Note[];
};

/**
 * A feed of the newest notes, as link blogs publish them: each item links to the noted page, is
 * identified by its note page's URL, and carries the summary as content and the tags as categories.
 */
export function feedResponse(format: FeedFormat, { title, description, listPath, notes }: FeedSource): Response {
  const newest = notes.slice(0, listPath === '/' ? SITE_FEED_SIZE : TAG_FEED_SIZE);
  const links = feedPaths(listPath);
  const feedLinks = Object.fromEntries(Object.entries(links).map(([format, path]) => [format, absoluteUrl(path)]));
  const feed = new Feed({
    title,
    description,
    id: absoluteUrl(listPath),
    link: absoluteUrl(listPath),
    language: 'en',
    favicon: absoluteUrl('/icon.svg'),
    // The newest note's date, not the clock: the same notes must build the same feed.
    updated: newest[0] ? noteDate(newest[0]) : new Date(0),
    generator: SITE_NAME,
    copyright: `${SITE_NAME}, ${siteUrl}`,
    feedLinks,
  });
  for (const note of newest) {
    feed.addItem({
      title: note.title,
      id: absoluteUrl(notePath(note.slug)),
      link: note.url,
      date: noteDate(note),
      published: noteDate(note),
      description: note.summaryText,
      content: note.summaryHtml,
      category: note.tags.map((tag) => ({ name: tag.name, term: tag.name })),
    });
  }
  return new Response(render(feed, format), { headers: { 'Content-Type': MEDIA_TYPES[format] } });
}

/** The site-wide feed's title and description. */
export const SITE_FEED = { title: SITE_NAME, description: SITE_DESCRIPTION, listPath: '/' };

function render(feed: Feed, format: FeedFormat): string {
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return escapeCategoryAttributes(feed.atom1());
  // The feed package writes JSON Feed 1; version 1.1 renames no field that these feeds use.
  const json = JSON.parse(feed.json1());
  return JSON.stringify({ ...json, version: 'https://jsonfeed.org/version/1.1', language: 'en' }, null, 2);
}

/**
 * The feed package escapes `&` and `"` in Atom attributes but not `<`, so a tag like `r&d <lab>`
 * would make the whole feed invalid XML. Category attributes are the only ones holding tag text.
 */
function escapeCategoryAttributes(atom: string): string {
  return atom.replace(
    /<category (.*?)\/>$/gm,
    (_tag, attributes: string) => `<category ${attributes.replace(/</g, '&lt;')}/>`,
  );
}

function noteDate(note: Note): Date {
  return new Date(`${note.date}T00:00:00Z`);
}

/** The `[tag]` params of the per-tag feed routes. */
export function tagFeedParams(): { tag: string }[] {
  return getAllTags().map((tag) => ({ tag: tag.slug }));
}

/** A tag's feed, for the per-tag route handlers. */
export async function tagFeedResponse(format: FeedFormat, params: Promise<{ tag: string }>): Promise<Response> {
  const tag = getTag(slugFromParam((await params).tag));
  if (tag === undefined) return new Response('Not found', { status: 404 });
  return feedResponse(format, {
    title: `${SITE_NAME} | tag | ${tag.name}`,
    description: `Notes on web links tagged “${tag.name}”, newest first.`,
    listPath: tagPath(tag.slug),
    notes: getNotesByTag(tag.slug),
  });
}
