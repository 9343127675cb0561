import { type Note, renderSummary, summaryDescription } from '@/lib/notes';
import { notePath } from '@/lib/paths';
import { absoluteUrl, site, siteUrl } from '@/lib/site';

/** The media type of each feed format, as links announce it and servers send it. */
export const FEED_MEDIA_TYPES = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
} as const;

export type FeedFormat = 'rss' | 'atom' | 'json';

/** One note as every feed format carries it. */
export type FeedEntry = {
  /** Plain text: each format writes it so that readers show it exactly as written. */
  title: string;
  /** The note page: the entry's permanent id. */
  pageUrl: string;
  /** The noted link, where a link blog's entry points. */
  linkUrl: string;
  date: Date;
  /**
   * A sentence or two of the summary as plain text, the page's own description: the whole summary
   * is the content, and a feed that carried it twice would weigh nearly twice as much.
   */
  excerpt: string;
  /** The sanitized summary HTML, or, for a note without a summary, a sentence naming the link. */
  content: { html: string } | { text: string };
  tags: string[];
};

/** A feed, independent of its format. */
export type FeedDocument = {
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  /** The absolute URLs of this list's feeds, by format. */
  feedUrls: Partial<Record<FeedFormat, string>>;
  /** The newest entry's date, not the clock: the same notes must build the same feed. None when there are no entries. */
  updated: Date | undefined;
  author: { name: string; url: string };
  language: string;
  iconUrl: string;
  entries: FeedEntry[];
};

/** What a feed is made from: the list it follows and its newest notes. */
type FeedNotes = {
  title: string;
  description: string;
  /** The HTML page the feed follows: `/` or `/tag/llm/`. */
  listPath: string;
  feedPaths: Partial<Record<FeedFormat, string>>;
  notes: Note[];
};

/** A feed of these notes, every URL absolute. */
export function feedDocument({ title, description, listPath, feedPaths, notes }: FeedNotes): FeedDocument {
  const entries = notes.map(feedEntry);
  return {
    title,
    description,
    pageUrl: absoluteUrl(listPath),
    feedUrls: Object.fromEntries(Object.entries(feedPaths).map(([format, path]) => [format, absoluteUrl(path)])),
    updated: entries[0]?.date,
    author: { name: site.author, url: `${siteUrl}/` },
    language: site.language,
    iconUrl: absoluteUrl('/icon.svg'),
    entries,
  };
}

function feedEntry(note: Note): FeedEntry {
  const summary = renderSummary(note);
  return {
    title: note.title,
    pageUrl: absoluteUrl(notePath(note.slug)),
    linkUrl: note.url,
    date: new Date(`${note.date}T00:00:00Z`),
    excerpt: summaryDescription(note),
    content: summary.html === '' ? { text: summaryDescription(note) } : { html: summary.html },
    tags: note.tags.map((tag) => tag.name),
  };
}
