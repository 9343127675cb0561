// The search page's script (components/Search.tsx renders the page it runs on): reads `?q=`, searches
// as the visitor types, shows the best matching notes from the page's `<template id="search-result">`
// and more on demand, and keeps the query and how many are shown in the address. Pagefind's script
// and index load on the first query.
import { byId } from './dom';
import { QUERY_PARAM, SEARCH_PROMPT } from './search-record';
import { type PagefindData, renderResult } from './search-result';

/** The site's root, `/links/`: this file is served from it. */
const SITE_ROOT = new URL('./', import.meta.url).pathname;
/** How many results the page shows at first, and adds at each "Show more". */
const BATCH = 20;

/** The part of Pagefind's browser API this page uses (pagefind.js ships no types). */
type PagefindResult = { score: number; data(): Promise<PagefindData> };
type Pagefind = {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
};

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind on the first search, never before. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(`${SITE_ROOT}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: SITE_ROOT });
    return module;
  });
  return pagefind;
}

/**
 * The next results to show of `pending` (Pagefind's results not shown yet, best first): the best
 * `BATCH`, the newest first among equally good ones. Every result tied with the last of them is
 * read too (up to 100), so that the newest of the tied ones win the last places.
 */
async function nextHits(pending: PagefindResult[]): Promise<{ hits: PagefindData[]; rest: PagefindResult[] }> {
  const cutoff = pending[BATCH - 1]?.score ?? Number.NEGATIVE_INFINITY;
  const candidates = pending.filter((result, index) => index < BATCH || result.score >= cutoff).slice(0, 100);
  const read = await Promise.all(candidates.map(async (result) => ({ result, data: await result.data() })));
  read.sort(
    (a, b) => b.result.score - a.result.score || (b.data.meta.date ?? '').localeCompare(a.data.meta.date ?? ''),
  );
  const chosen = read.slice(0, BATCH);
  const shown = new Set(chosen.map(({ result }) => result));
  return { hits: chosen.map(({ data }) => data), rest: pending.filter((result) => !shown.has(result)) };
}

function describe(query: string, shown: number, total: number): string {
  if (total === 0) return `No notes match “${query}”.`;
  const count = (n: number) => n.toLocaleString('en');
  if (total > shown) return `Showing ${count(shown)} of ${count(total)} notes matching “${query}”, best first.`;
  return `${total === 1 ? '1 note matches' : `${count(total)} notes match`} “${query}”.`;
}

const input = byId('search-query', HTMLInputElement);
const status = byId('search-status', HTMLElement);
const list = byId('search-results', HTMLOListElement);
const more = byId('search-more', HTMLButtonElement);

/** The query on screen, the results not shown yet, and how many are. */
const state: { query: string; pending: PagefindResult[]; shown: number; total: number } = {
  query: '',
  pending: [],
  shown: 0,
  total: 0,
};
let latest = 0;

/** Keeps the query, and how many results are shown past the first `BATCH`, in the address. */
function remember(): void {
  const params = new URLSearchParams(state.query ? { [QUERY_PARAM]: state.query } : {});
  if (state.shown > BATCH) params.set('shown', String(state.shown));
  window.history.replaceState(null, '', params.size > 0 ? `?${params}` : window.location.pathname);
}

/** Shows the next results, in place of a previous query's or under this one's; whether it showed any. */
async function showMore(ticket: number): Promise<boolean> {
  const { hits, rest } = await nextHits(state.pending);
  if (ticket !== latest) return false; // a newer search overtook it
  if (state.shown === 0) list.replaceChildren(...hits.map(renderResult));
  else list.append(...hits.map(renderResult));
  Object.assign(state, { pending: rest, shown: state.shown + hits.length });
  status.textContent = describe(state.query, state.shown, state.total);
  remember();
  return hits.length > 0;
}

/** Offers the results left, if any, once the page has shown what it was asked for. */
function offerMore(): void {
  more.hidden = state.pending.length === 0;
  more.textContent = `Show ${Math.min(BATCH, state.pending.length)} more`;
}

/** Searches for the box's words and shows the best results, or as many as `wanted`, unless a newer search overtook it. */
async function run(wanted = BATCH): Promise<void> {
  const query = input.value.trim();
  const ticket = ++latest;
  Object.assign(state, { query, pending: [], shown: 0, total: 0 });
  more.hidden = true;
  remember();
  if (query === '') {
    status.textContent = SEARCH_PROMPT;
    list.replaceChildren();
    return;
  }
  status.textContent = 'Searching…';
  try {
    const found = await (await loadPagefind()).search(query);
    if (found === null || ticket !== latest) return; // superseded by a newer query
    Object.assign(state, { pending: found.results, total: found.results.length });
    // The first results, then more up to `wanted`: a page reloaded after "Show more" shows as many again.
    do {
      if (!(await showMore(ticket))) return;
    } while (state.shown < wanted && state.pending.length > 0);
    offerMore();
  } catch {
    if (ticket === latest) status.textContent = 'Search could not load. Reload the page to try again.';
  }
}

input.addEventListener('input', () => run());
input.form?.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
// The next results go under the others; focus moves to the first of them, where reading goes on.
more.addEventListener('click', async () => {
  const first = list.children.length;
  more.disabled = true;
  try {
    if (await showMore(latest)) {
      offerMore();
      list.children[first]?.querySelector('a')?.focus();
    }
  } catch {
    status.textContent = 'More results could not load. Reload the page to try again.';
  } finally {
    more.disabled = false;
  }
});
// A search from the header box, or a shared link, arrives as `?q=…`, and `&shown=…` past the first results.
const address = new URLSearchParams(window.location.search);
input.value = address.get(QUERY_PARAM) ?? '';
input.focus();
if (input.value) run(Number(address.get('shown')) || BATCH);
