import { getAllTags, getNotesByTag, getTag, type Note } from '@/lib/notes';
import { tagPath } from '@/lib/paths';
import { site, tagLabel } from '@/lib/site';
import { orPlaceholder, PLACEHOLDER } from '@/lib/static-params';
import { slugFromParam } from '@/lib/tags';
import { atomFeed } from './atom';
import { FEED_MEDIA_TYPES, type FeedDocument, type FeedFormat, feedDocument } from './document';
import { jsonFeed } from './json';
import { rssFeed } from './rss';

/**
 * How many of the newest notes a feed carries. A reader polls a feed for what is new, so a feed
 * holds the latest entries only (WordPress's default is 10); the whole history is on the site's
 * pages. A tag's feed carries fewer: with 300 tags, 20 summaries each made the tag feeds 40 MB of
 * a 10,000-note site (bench/RESULTS.md).
 */
export const SITE_FEED_SIZE = 50;
export const TAG_FEED_SIZE = 10;

export { FEED_MEDIA_TYPES, type FeedFormat };

/** The site's feeds, which every page announces. */
export const SITE_FEEDS = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const;

/** Where a list's feeds live: RSS, Atom and JSON for the site; RSS and JSON for a tag. */
export function feedPaths(listPath: string): Partial<Record<FeedFormat, string>> {
  return listPath === '/' ? SITE_FEEDS : { rss: `${listPath}feed.xml`, json: `${listPath}feed.json` };
}

const WRITERS: Record<FeedFormat, (feed: FeedDocument) => string> = { rss: rssFeed, atom: atomFeed, json: jsonFeed };

/** A list's feed: its title and description, the page it follows, its notes newest first. */
type ListFeed = {
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
export function feedResponse(format: FeedFormat, { title, description, listPath, notes }: ListFeed): Response {
  const newest = notes.slice(0, listPath === '/' ? SITE_FEED_SIZE : TAG_FEED_SIZE);
  const feed = feedDocument({ title, description, listPath, feedPaths: feedPaths(listPath), notes: newest });
  return new Response(WRITERS[format](feed), {
    headers: { 'Content-Type': `${FEED_MEDIA_TYPES[format]}; charset=utf-8` },
  });
}

/** The site-wide feed's title and description. */
export const SITE_FEED = { title: site.name, description: site.description, listPath: '/' };

/** The `[tag]` params of the per-tag feed routes. */
export function tagFeedParams(): { tag: string }[] {
  return orPlaceholder(
    getAllTags().map((tag) => ({ tag: tag.slug })),
    { tag: PLACEHOLDER },
  );
}

/** A tag's feed, for the per-tag route handlers. */
export async function tagFeedResponse(format: FeedFormat, params: Promise<{ tag: string }>): Promise<Response> {
  const tag = getTag(slugFromParam((await params).tag));
  if (tag === undefined) return new Response('Not found', { status: 404 });
  return feedResponse(format, {
    title: tagLabel(tag.name),
    description: `Notes on web links tagged “${tag.name}”, newest first.`,
    listPath: tagPath(tag.slug),
    notes: getNotesByTag(tag.slug),
  });
}
