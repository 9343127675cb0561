// The search page's script (components/Search.tsx renders the page it runs on): reads `?q=`, searches
// as the visitor types, keeps the query in the address, and shows each matching note from the page's
// `<template id="search-result">`. Pagefind's script and index load on the first query.
import { byId } from './dom';
import { parseTagLinks, QUERY_PARAM, SEARCH_PROMPT, type SearchRecord } from './search-record';

/** The site's root, `/links/`: this file is served from it. */
const SITE_ROOT = new URL('./', import.meta.url).pathname;
const MAX_RESULTS = 20;
const EXCERPT_WORDS = 24;

/** The part of Pagefind's browser API this page uses (pagefind.js ships no types). */
type PagefindData = { url: string; content: string; locations: number[]; meta: Partial<SearchRecord> };
type PagefindResult = { score: number; data(): Promise<PagefindData> };
type Pagefind = {
  options(options: { baseUrl: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
};

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind on the first search, never before. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(`${SITE_ROOT}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: SITE_ROOT, excerptLength: EXCERPT_WORDS });
    return module;
  });
  return pagefind;
}

async function searchNotes(query: string) {
  const found = await (await loadPagefind()).search(query);
  if (found === null) return null; // superseded by a newer query
  // The best results, and every result tied with the last of them, so that the newest of the
  // tied ones win the last places.
  const cutoff = found.results[MAX_RESULTS - 1]?.score ?? Number.NEGATIVE_INFINITY;
  const top = found.results.filter((result, index) => index < MAX_RESULTS || result.score >= cutoff).slice(0, 100);
  const hits = await Promise.all(top.map(async (result) => ({ data: await result.data(), score: result.score })));
  // Best match first; among equally good matches, the newest note.
  hits.sort((a, b) => b.score - a.score || (b.data.meta.date ?? '').localeCompare(a.data.meta.date ?? ''));
  return { hits: hits.slice(0, MAX_RESULTS).map(({ data }) => data), total: found.results.length };
}

/**
 * The excerpt of a result: words of the note's summary around the first match, matches marked.
 * Pagefind's own excerpt may come from the words after the summary (title, host and tags, indexed
 * so that they find the note; components/NoteArticle.tsx), so this one is cut from the summary alone.
 * Pagefind's `locations` count words split at white space, as here.
 */
function excerpt(hit: PagefindData): DocumentFragment {
  const words = hit.content.split(/\s+/).filter(Boolean);
  const keywords = [hit.meta.title, hit.meta.hostname, ...parseTagLinks(hit.meta.tags).map((tag) => tag.name)];
  const summaryWords = Math.max(0, words.length - keywords.join(' ').split(/\s+/).filter(Boolean).length);
  const matches = new Set(hit.locations.filter((location) => location < summaryWords));
  // From the start of the summary, or from a little before its first match if that lies further on.
  const first = Math.min(...matches);
  const start = matches.size === 0 ? 0 : Math.max(0, Math.min(first - 8, summaryWords - EXCERPT_WORDS));
  const paragraph = document.createDocumentFragment();
  for (let index = start; index < Math.min(start + EXCERPT_WORDS, summaryWords); index += 1) {
    if (index > start) paragraph.append(' ');
    if (matches.has(index))
      paragraph.append(Object.assign(document.createElement('mark'), { textContent: words[index] }));
    else paragraph.append(words[index]);
  }
  return paragraph;
}

function describe(query: string, shown: number, total: number): string {
  if (shown === 0) return `No notes match “${query}”.`;
  if (total > shown) return `${total} notes match “${query}”; here are the ${shown} best.`;
  return `${shown === 1 ? '1 note matches' : `${shown} notes match`} “${query}”.`;
}

const input = byId('search-query', HTMLInputElement);
const status = byId('search-status', HTMLElement);
const list = byId('search-results', HTMLOListElement);
const template = byId('search-result', HTMLTemplateElement);

/** One result as the page shows it. */
function render(hit: PagefindData): DocumentFragment {
  const item = document.importNode(template.content, true);
  const field = <T extends Element>(name: string, type: { new (): T }): T => {
    const found = item.querySelector(`[data-field="${name}"]`);
    if (!(found instanceof type)) throw new Error(`#search-result: no ${name}`);
    return found;
  };
  // The title leads to the noted page, as on every page of the site; "Note page" to the note.
  const title = field('title', HTMLAnchorElement);
  title.href = hit.meta.link ?? hit.url;
  title.textContent = hit.meta.title ?? hit.url;
  const note = field('note', HTMLAnchorElement);
  note.href = hit.url;
  note.setAttribute('aria-label', `Note page: ${title.textContent}`);
  field('hostname', HTMLElement).textContent = hit.meta.hostname ?? '';
  // The template holds a <span>: an empty <time> is not valid HTML, even in a <template>.
  if (hit.meta.date) {
    const time = document.createElement('time');
    time.dateTime = hit.meta.date;
    time.textContent = hit.meta.datelabel ?? hit.meta.date;
    field('date', HTMLElement).replaceWith(time);
  } else {
    field('date', HTMLElement).remove();
  }
  field('excerpt', HTMLElement).append(excerpt(hit));
  const tags = field('tags', HTMLElement);
  tags.setAttribute('aria-label', `Tags of ${title.textContent}`);
  const chip = field('tag', HTMLElement);
  chip.remove();
  for (const tag of parseTagLinks(hit.meta.tags)) {
    const copy = document.importNode(chip, true);
    copy.removeAttribute('data-field');
    const link = copy.querySelector('a');
    if (link === null) throw new Error('#search-result: a tag without its link');
    link.href = tag.href;
    link.textContent = tag.name;
    tags.append(copy);
  }
  return item;
}

let latest = 0;

/** Searches for the box's words and shows the answer, unless a newer search overtook it. */
async function run(): Promise<void> {
  const query = input.value.trim();
  const ticket = ++latest;
  window.history.replaceState(
    null,
    '',
    query ? `?${new URLSearchParams({ [QUERY_PARAM]: query })}` : window.location.pathname,
  );
  if (query === '') {
    status.textContent = SEARCH_PROMPT;
    list.replaceChildren();
    return;
  }
  status.textContent = 'Searching…';
  try {
    const found = await searchNotes(query);
    if (found === null || ticket !== latest) return;
    list.replaceChildren(...found.hits.map(render));
    status.textContent = describe(query, found.hits.length, found.total);
  } catch {
    if (ticket === latest) status.textContent = 'Search could not load. Reload the page to try again.';
  }
}

input.addEventListener('input', run);
input.form?.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
// A search from the header box, or a shared link, arrives as `?q=…`.
input.value = new URLSearchParams(window.location.search).get(QUERY_PARAM) ?? '';
input.focus();
if (input.value) run();
