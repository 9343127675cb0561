// A search result as the search page shows it (components/Search.tsx holds its template): the title
// linking out, host, date and note page, the excerpt of the summary, the tag chips.
import { byId } from './dom';
import { cutExcerpt, type ExcerptSource } from './excerpt';
import { parseTagLinks, type SearchRecord } from './search-record';

/** What pagefind.js hands the page for one result (it ships no types): the part the page reads. */
export type PagefindData = ExcerptSource & { url: string; meta: Partial<SearchRecord> };

const EXCERPT_WORDS = 24;
const template = byId('search-result', HTMLTemplateElement);

/** A result's excerpt (lib/browser/excerpt.ts), its matches marked. */
function excerpt(hit: PagefindData): DocumentFragment {
  const { words, joiner } = cutExcerpt(hit, EXCERPT_WORDS);
  const paragraph = document.createDocumentFragment();
  words.forEach(({ text, marked }, index) => {
    if (index > 0 && joiner) paragraph.append(joiner);
    paragraph.append(marked ? Object.assign(document.createElement('mark'), { textContent: text }) : text);
  });
  return paragraph;
}

/** One result as the search page shows it, from the page's `<template id="search-result">`. */
export function renderResult(hit: PagefindData): DocumentFragment {
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
