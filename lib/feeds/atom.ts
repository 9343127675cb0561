import { FEED_MEDIA_TYPES, type FeedDocument, type FeedEntry } from './document';
import { element, xmlDocument } from './xml';

/**
 * An Atom 1.0 feed (RFC 4287). Titles and summaries are `type="text"`, so no reader takes note
 * text for markup; the content is the sanitized summary as `type="html"`, escaped once.
 */
export function atomFeed(feed: FeedDocument): string {
  const { title, description, pageUrl, feedUrls, updated, author, language, iconUrl } = feed;
  return xmlDocument(
    element('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': language }, [
      element('id', {}, [pageUrl]),
      element('title', { type: 'text' }, [title]),
      element('subtitle', { type: 'text' }, [description]),
      // RFC 4287 requires a feed's updated; with no entries there is no date but the clock's, which
      // would make two builds of the same notes differ, so an empty feed gives the epoch.
      element('updated', {}, [(updated ?? new Date(0)).toISOString()]),
      element('author', {}, [element('name', {}, [author.name]), element('uri', {}, [author.url])]),
      element('link', { rel: 'alternate', type: 'text/html', href: pageUrl }),
      element('link', { rel: 'self', type: FEED_MEDIA_TYPES.atom, href: feedUrls.atom }),
      element('icon', {}, [iconUrl]),
      ...feed.entries.map(atomEntry),
    ]),
  );
}

function atomEntry(entry: FeedEntry) {
  const content =
    'html' in entry.content
      ? element('content', { type: 'html' }, [entry.content.html])
      : element('content', { type: 'text' }, [entry.content.text]);
  return element('entry', {}, [
    element('id', {}, [entry.pageUrl]),
    element('title', { type: 'text' }, [entry.title]),
    // A link blog's entry points at the noted page; its id is the note page.
    element('link', { rel: 'alternate', href: entry.linkUrl }),
    element('published', {}, [entry.date.toISOString()]),
    element('updated', {}, [entry.date.toISOString()]),
    element('summary', { type: 'text' }, [entry.excerpt]),
    content,
    ...entry.tags.map((tag) => element('category', { term: tag })),
  ]);
}
