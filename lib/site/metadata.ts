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
  /** A tag page's path, whose feeds are announced beside the site's. */
  tagFeedsOf?: { path: string; name: string };
};

// A path: `metadataBase` in the layout makes it absolute, as Open Graph requires.
const image = { url: SITE_IMAGE.path, width: SITE_IMAGE.width, height: SITE_IMAGE.height, alt: SITE_IMAGE.alt };

/** Title, description, canonical URL, feed links, Open Graph and Twitter card of one page. */
export function pageMetadata({ title, description, path, type = 'website', tagFeedsOf }: PageMetadata): Metadata {
  const tag = tagFeedsOf ? feedPaths(tagFeedsOf.path) : {};
  const types = Object.fromEntries(
    (Object.keys(FEED_MEDIA_TYPES) as FeedFormat[]).map((format) => {
      const tagFeed = tag[format];
      return [
        FEED_MEDIA_TYPES[format],
        [
          { url: SITE_FEEDS[format], title: site.name },
          ...(tagFeed && tagFeedsOf ? [{ url: tagFeed, title: tagLabel(tagFeedsOf.name) }] : []),
        ],
      ];
    }),
  );
  const fullTitle = title ? `${title} · ${site.name}` : site.name;
  return {
    // An explicit `title: undefined` would blank the layout's default title.
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path ?? null, types },
    openGraph: {
      type,
      siteName: site.name,
      title: fullTitle,
      description,
      url: path,
      locale: site.language.replace('-', '_'),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images: [image] },
  };
}
