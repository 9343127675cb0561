// What a note page tells the search index about its note (components/NoteArticle.tsx writes it as
// Pagefind metadata) and what the search page reads back (lib/browser/search.ts): one type for both.

/** A tag of a search result: its name and its page. */
export type TagLink = { name: string; href: string };

export const SEARCH_FIELDS = ['title', 'link', 'hostname', 'date', 'datelabel', 'tags'] as const;

/** The metadata Pagefind keeps for each note page, all text; `tags` is the JSON of a `TagLink[]`. */
export type SearchRecord = Record<(typeof SEARCH_FIELDS)[number], string>;

/** The search page's address parameter: `/search/?q=…`, as both search forms send it. */
export const QUERY_PARAM = 'q';

/** The attributes both search boxes share (components/SearchBox.tsx, components/Search.tsx). */
export const SEARCH_INPUT = { name: QUERY_PARAM, type: 'search', autoComplete: 'off', enterKeyHint: 'search' } as const;

/** Pagefind's `data-pagefind-meta`: each field read from the attribute `data-<field>` of the article. */
export const SEARCH_META = SEARCH_FIELDS.map((field) => `${field}[data-${field}]`).join(', ');

/** The article's `data-<field>` attributes for a note's record. */
export function searchAttributes(record: SearchRecord) {
  return {
    'data-title': record.title,
    'data-link': record.link,
    'data-hostname': record.hostname,
    'data-date': record.date,
    'data-datelabel': record.datelabel,
    'data-tags': record.tags,
  } satisfies Record<`data-${keyof SearchRecord}`, string>;
}

/** A result's tags from its record, or none when the JSON is not a list of tag links. */
export function parseTagLinks(json: string | undefined): TagLink[] {
  try {
    const tags: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(tags)
      ? tags.filter((tag): tag is TagLink => typeof tag?.name === 'string' && typeof tag?.href === 'string')
      : [];
  } catch {
    return [];
  }
}

/**
 * The id of a note page's hidden paragraph of title, host and tags, after its summary: Pagefind
 * notes where it starts, and the search page cuts excerpts there (lib/browser/excerpt.ts).
 */
export const KEYWORDS_ID = 'keywords';

/** What the search page says before the first query. */
export const SEARCH_PROMPT = 'Type words from a title, a tag, a site or a summary.';
