import { escapeText } from 'entities';
import { FEED_MEDIA_TYPES, type FeedDocument, type FeedEntry } from './document';
import { element, xmlDocument } from './xml';

/**
 * An RSS 2.0 feed. Titles and categories are plain text, escaped once for XML. Readers take an
 * item's `description` for HTML, so the plain-text summary goes there HTML-escaped: it reads back
 * as written, and no note text becomes markup. The sanitized summary HTML is `content:encoded`.
 */
export function rssFeed(feed: FeedDocument): string {
  const { title, description, pageUrl, feedUrls, updated, language } = feed;
  return xmlDocument(
    element(
      'rss',
      {
        version: '2.0',
        'xmlns:atom': 'http://www.w3.org/2005/Atom',
        'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      },
      [
        element('channel', {}, [
          element('title', {}, [title]),
          element('link', {}, [pageUrl]),
          element('description', {}, [description]),
          element('language', {}, [language]),
          // Optional in RSS 2.0: a feed with no items has no date to give, rather than 1970's.
          ...(updated ? [element('lastBuildDate', {}, [updated.toUTCString()])] : []),
          element('docs', {}, ['https://www.rssboard.org/rss-specification']),
          element('atom:link', { rel: 'self', type: FEED_MEDIA_TYPES.rss, href: feedUrls.rss }),
          ...feed.entries.map((entry) => rssItem(entry, feed.author.name)),
        ]),
      ],
    ),
  );
}

function rssItem(entry: FeedEntry, author: string) {
  const html = 'html' in entry.content ? entry.content.html : escapeText(entry.content.text);
  return element('item', {}, [
    element('title', {}, [entry.title]),
    element('link', {}, [entry.linkUrl]),
    // The note page is a permanent address that readers may open.
    element('guid', { isPermaLink: 'true' }, [entry.pageUrl]),
    element('pubDate', {}, [entry.date.toUTCString()]),
    // RSS's own `author` must be an email address; Dublin Core's creator is a name.
    element('dc:creator', {}, [author]),
    element('description', {}, [escapeText(entry.excerpt)]),
    element('content:encoded', {}, [html]),
    ...entry.tags.map((tag) => element('category', {}, [tag])),
  ]);
}
