// What a page's head says about it, by metascraper's rules (as Karakeep reads bookmarks) with the
// few that the issue asks for and metascraper lacks: JSON-LD's headline and name before <title>,
// the page's keywords and its `article:tag`s, and the site's name as `og:site_name` gives it.
import { decodeHTML } from 'entities';
import createMetascraper, { type Rules, type RulesTestOptions } from 'metascraper';
import metascraperDescription from 'metascraper-description';
import metascraperPublisher from 'metascraper-publisher';
import metascraperTitle from 'metascraper-title';

/** What the head of a page names: all of it optional, as pages leave any of it out. */
export type HeadMetadata = {
  title?: string;
  /** The site's name as the page gives it (`og:site_name`, else what metascraper-publisher finds). */
  siteName?: string;
  description?: string;
  keywords: string[];
  /** The page's `article:tag`s, as Open Graph articles list their topics. */
  tags: string[];
};

// JSON-LD items whose `name` is the page's own title, not that of its publisher or author.
const WORKS = new Set([
  'Article',
  'BlogPosting',
  'NewsArticle',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
  'WebPage',
  'Book',
  'Course',
  'Dataset',
  'Event',
  'Recipe',
  'SoftwareApplication',
  'SoftwareSourceCode',
  'VideoObject',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every item of the page's JSON-LD scripts, `@graph`s and arrays flattened; a script that is no JSON is skipped. */
function jsonLdItems({ htmlDom: $ }: RulesTestOptions): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isRecord(value)) {
      items.push(value);
      add(value['@graph']);
    }
  };
  for (const script of $('script[type="application/ld+json"]').toArray()) {
    try {
      add(JSON.parse($(script).text()));
    } catch {
      // A page's broken JSON-LD is the page's problem; its other tags still say what it is.
    }
  }
  return items;
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? decodeHTML(value).replace(/\s+/g, ' ').trim() : undefined;

const isWork = (item: Record<string, unknown>) =>
  [item['@type']].flat().some((type) => typeof type === 'string' && WORKS.has(type));

/** JSON-LD's `headline`, else the `name` of the work the page is. */
function jsonLdTitle(options: RulesTestOptions): string | undefined {
  const items = jsonLdItems(options);
  const headline = items.map((item) => text(item.headline)).find(Boolean);
  return (
    headline ??
    items
      .filter(isWork)
      .map((item) => text(item.name))
      .find(Boolean)
  );
}

/**
 * metascraper-title's rules in the order: its Open Graph and Twitter rules, then JSON-LD,
 * then its `<title>` and the rest. Its own order puts `<title>` before JSON-LD's headline; a test
 * (tests/unit/web/page.test.ts) holds this order should a new release move its rules.
 */
function titleRules(): Rules {
  const rules = metascraperTitle().title;
  if (!Array.isArray(rules)) throw new Error('metascraper-title: its title rules are no longer a list');
  const [openGraph, twitterName, twitterProperty, ...rest] = rules;
  return { title: [openGraph, twitterName, twitterProperty, jsonLdTitle, ...rest], pkgName: 'url-notes' };
}

// metascraper keeps one string per field: lists travel as lines.
const ownRules: Rules = {
  siteName: ({ htmlDom: $ }) => $('meta[property="og:site_name"]').attr('content'),
  keywords: ({ htmlDom: $ }) => $('meta[name="keywords" i]').attr('content'),
  articleTags: ({ htmlDom: $ }) =>
    $('meta[property="article:tag"]')
      .toArray()
      .map((meta) => $(meta).attr('content') ?? '')
      .join('\n'),
  pkgName: 'url-notes',
};

const words = (list: string | undefined, separator: string) =>
  (list ?? '')
    .split(separator)
    .map((word) => word.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

// Between a page's title and its site's name: `Title | Site`, `Title - Site`, `Title · Site`, …
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' • ', ' :: ', ': '];

/** The title without the site's name at its end, when the page names its site; else as it is. */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  for (const separator of SEPARATORS) {
    const end = `${separator}${siteName}`.toLowerCase();
    if (title.length > end.length && title.toLowerCase().endsWith(end)) return title.slice(0, -end.length).trim();
  }
  return title;
}

/** Reads the metadata of a page's HTML, `url` being where it was found (relative links resolve against it). */
export async function headMetadata(html: string, url: string, maxDescriptionLength: number): Promise<HeadMetadata> {
  const metascraper = createMetascraper([
    titleRules(),
    ownRules,
    metascraperDescription({ truncateLength: maxDescriptionLength }),
    metascraperPublisher(),
  ]);
  const found = await metascraper({ html, url });
  const siteName = text(found.siteName);
  const title = text(found.title);
  return {
    title: title && withoutSiteName(title, siteName),
    siteName: siteName ?? text(found.publisher),
    description: text(found.description),
    keywords: words(found.keywords, ','),
    tags: words(found.articleTags, '\n'),
  };
}
