import type { FeedDocument, FeedEntry } from './document';

/**
 * A JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). As the spec asks of a link blog, an
 * item's `url` is the note page and `external_url` the noted link.
 */
export function jsonFeed(feed: FeedDocument): string {
  const { title, description, pageUrl, feedUrls, author, language, iconUrl } = feed;
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: pageUrl,
    feed_url: feedUrls.json,
    description,
    favicon: iconUrl,
    authors: [author],
    language,
    items: feed.entries.map(jsonItem),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function jsonItem(entry: FeedEntry) {
  return {
    id: entry.pageUrl,
    url: entry.pageUrl,
    external_url: entry.linkUrl,
    title: entry.title,
    summary: entry.excerpt,
    ...('html' in entry.content ? { content_html: entry.content.html } : { content_text: entry.content.text }),
    date_published: entry.date.toISOString(),
    tags: entry.tags,
  };
}
