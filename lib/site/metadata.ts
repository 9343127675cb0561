import type { Metadata } from 'next';
import { FEED_MEDIA_TYPES, type FeedFormat, feedPaths, SITE_FEEDS } from '@/lib/feeds';
import { SITE_IMAGE, site, tagLabel } from '@/lib/site';

type PageMetadata = {
  /** The page's own title; the layout's template adds ` · <site name>`. Omitted on the home page. */
  title?: string;
  description: string;
  /** The page's path under the base path, e.g. `/tag/llm/`: its canonical URL. None for the 404 page. */
  path?: string;
  type?: 'website' | 'article';
  /** The feeds of the list the page shows: the site's (the home page) or a tag's. */
  listFeeds?: { path: string; name: string };
};

// A path: `metadataBase` in the layout makes it absolute, as Open Graph requires.
const image = { url: SITE_IMAGE.path, width: SITE_IMAGE.width, height: SITE_IMAGE.height, alt: SITE_IMAGE.alt };

/**
 * The feeds a page announces with `<link rel="alternate">`: those of the list it shows in every
 * format, and the site's RSS feed on every page, so that a feed reader finds one from any address.
 * Each link costs a page some 120 bytes: the other formats stay on the pages they list.
 */
function announcedFeeds(listFeeds: PageMetadata['listFeeds']) {
  const feeds: Record<string, { url: string; title: string }[]> = {};
  const add = (format: FeedFormat, url: string, title: string) => {
    const type = FEED_MEDIA_TYPES[format];
    feeds[type] = [...(feeds[type] ?? []), { url, title }];
  };
  if (listFeeds?.path !== '/') add('rss', SITE_FEEDS.rss, site.name);
  if (listFeeds) {
    const title = listFeeds.path === '/' ? site.name : tagLabel(listFeeds.name);
    for (const [format, url] of Object.entries(feedPaths(listFeeds.path))) {
      if (format === 'rss' || format === 'atom' || format === 'json') add(format, url, title);
    }
  }
  return feeds;
}

/**
 * Title, description, canonical URL, feed links and Open Graph tags of one page, and the Twitter
 * card's kind: X reads the card's title, description and image from Open Graph.
 */
export function pageMetadata({ title, description, path, type = 'website', listFeeds }: PageMetadata): Metadata {
  const fullTitle = title ? `${title} · ${site.name}` : site.name;
  return {
    // An explicit `title: undefined` would blank the layout's default title.
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path ?? null, types: announcedFeeds(listFeeds) },
    openGraph: {
      type,
      siteName: site.name,
      title: fullTitle,
      description,
      url: path,
      locale: site.language.replace('-', '_'),
      images: [image],
    },
    twitter: { card: 'summary_large_image' },
  };
}
