'use client';

import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { tagPath } from '../lib/paths';
import styles from './Search.module.css';

const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
const MAX_RESULTS = 20;

/** A search hit as the page shows it. */
type Hit = {
  url: string;
  title: string;
  hostname: string;
  date: string;
  /** The date as the note's pages show it, formatted at build time like theirs. */
  dateLabel: string;
  tags: { name: string; slug: string }[];
  /** Pagefind's excerpt: escaped text with the matched words in `<mark>`. */
  excerpt: string;
};

/** The part of Pagefind's browser API that this page uses (pagefind.js ships no types). */
type Pagefind = {
  options(options: { baseUrl: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { score: number; data(): Promise<PagefindData> }[] } | null>;
};
type PagefindData = { url: string; excerpt: string; meta: Record<string, string | undefined> };

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind's script and index on the first search, never before. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = `${BASE_PATH}/pagefind/pagefind.js`;
    const module: Pagefind = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url);
    await module.options({ baseUrl: `${BASE_PATH}/`, excerptLength: 24 });
    return module;
  })();
  return pagefind;
}

async function searchNotes(query: string): Promise<{ hits: Hit[]; total: number }> {
  const engine = await loadPagefind();
  const found = await engine.search(query);
  if (found === null) return { hits: [], total: 0 }; // superseded by a newer query
  // The best results, and every result tied with the last of them, so that the newest of the
  // tied ones win the last places.
  const cutoff = found.results[MAX_RESULTS - 1]?.score ?? Number.NEGATIVE_INFINITY;
  const top = found.results.filter((result, index) => index < MAX_RESULTS || result.score >= cutoff).slice(0, 100);
  const hits = await Promise.all(
    top.map(async (result) => {
      const data = await result.data();
      const hit: Hit = {
        url: data.url,
        title: data.meta.title ?? data.url,
        hostname: data.meta.hostname ?? '',
        date: data.meta.date ?? '',
        dateLabel: data.meta.datelabel ?? data.meta.date ?? '',
        tags: parseTags(data.meta.tags),
        excerpt: data.excerpt,
      };
      return { hit, score: result.score };
    }),
  );
  // Best match first; among equally good matches, the newest note.
  hits.sort((a, b) => b.score - a.score || b.hit.date.localeCompare(a.hit.date));
  return { hits: hits.slice(0, MAX_RESULTS).map(({ hit }) => hit), total: found.results.length };
}

function parseTags(json: string | undefined): Hit['tags'] {
  try {
    const tags: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(tags)
      ? tags.filter((tag) => typeof tag?.name === 'string' && typeof tag?.slug === 'string')
      : [];
  } catch {
    return [];
  }
}

type Status =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'done'; query: string; hits: Hit[]; total: number }
  | { state: 'failed' };

/** The search page: a box, a live count and the matching notes with highlighted excerpts. */
export function Search() {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const latest = useRef(0);

  const run = useCallback(async (text: string) => {
    const query = text.trim();
    const ticket = ++latest.current;
    window.history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : window.location.pathname);
    if (query === '') return setStatus({ state: 'idle' });
    setStatus({ state: 'searching' });
    try {
      const { hits, total } = await searchNotes(query);
      if (ticket === latest.current) setStatus({ state: 'done', query, hits, total });
    } catch {
      if (ticket === latest.current) setStatus({ state: 'failed' });
    }
  }, []);

  // A search started from the header box arrives as `?q=…`.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
    if (initial) {
      setQuery(initial);
      void run(initial);
    }
  }, [run]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(query);
  };

  return (
    <div className={styles.Search}>
      <search>
        <form onSubmit={onSubmit}>
          <label htmlFor="search-query" className={styles.label}>
            Search notes
          </label>
          <input
            id="search-query"
            type="search"
            value={query}
            // biome-ignore lint/a11y/noAutofocus: the page exists to take a query; focus saves a click or a Tab.
            autoFocus
            autoComplete="off"
            enterKeyHint="search"
            onChange={(event) => {
              setQuery(event.target.value);
              void run(event.target.value);
            }}
          />
        </form>
      </search>
      <p className={styles.status} role="status">
        {describe(status)}
      </p>
      {status.state === 'done' && status.hits.length > 0 && (
        <ol className={styles.results}>
          {status.hits.map((hit) => (
            <li key={hit.url}>
              <article>
                <h2 className={styles.title}>
                  <a href={hit.url}>{hit.title}</a>
                </h2>
                <p className={styles.meta}>
                  {hit.hostname}
                  {hit.date && (
                    <>
                      {' · '}
                      <time dateTime={hit.date}>{hit.dateLabel}</time>
                    </>
                  )}
                </p>
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Pagefind escapes the excerpt; only <mark> is markup. */}
                <p className={styles.excerpt} dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
                <ul className={styles.tags} aria-label={`Tags of ${hit.title}`}>
                  {hit.tags.map((tag) => (
                    <li key={tag.slug}>
                      <a href={`${BASE_PATH}${tagPath(tag.slug)}`}>{tag.name}</a>
                    </li>
                  ))}
                </ul>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function describe(status: Status): string {
  switch (status.state) {
    case 'idle':
      return 'Type words from a title, a tag, a site or a summary.';
    case 'searching':
      return 'Searching…';
    case 'failed':
      return 'Search could not load. Reload the page to try again.';
    case 'done':
      if (status.hits.length === 0) return `No notes match “${status.query}”.`;
      if (status.total > status.hits.length) {
        return `${status.total} notes match “${status.query}”; here are the ${status.hits.length} best.`;
      }
      return `${status.hits.length === 1 ? '1 note matches' : `${status.hits.length} notes match`} “${status.query}”.`;
  }
}
