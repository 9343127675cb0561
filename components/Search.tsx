import { SEARCH_INPUT, SEARCH_PROMPT } from '@/lib/browser/search-record';
import { sitePath } from '@/lib/paths';
import metaStyles from './NoteMeta.module.css';
import outboundStyles from './OutboundLink.module.css';
import styles from './Search.module.css';
import tagStyles from './TagList.module.css';

/**
 * One result, which the script fills in as the other pages show a note (NoteMeta, TagList,
 * OutboundLink): the title linking out to the noted page, host, date and the link to the note's
 * page, the excerpt, and tag chips (the script copies the one chip for each tag).
 */
const RESULT = [
  `<li><article><h2 class="entry-title"><a class="${outboundStyles.OutboundLink}" data-field="title" target="_blank" rel="noopener noreferrer"></a></h2>`,
  `<p class="${metaStyles.NoteMeta}"><span data-field="hostname"></span><span data-field="date"></span>`,
  `<a class="${metaStyles.noteLink}" data-field="note">Note page ›</a></p>`,
  `<p class="${styles.excerpt}" data-field="excerpt"></p>`,
  `<ul class="${tagStyles.TagList}" data-field="tags"><li data-field="tag"><a></a></li></ul></article></li>`,
].join('');

/**
 * The search page's box, status line, result list and "Show more" button, rendered as HTML;
 * `lib/browser/search.ts`, the page's one script, runs the queries and fills the list from the
 * `<template>` below, so that the results wear this file's class names without React in the browser.
 */
export function Search() {
  return (
    <div className={`${styles.Search} needs-js`}>
      <search>
        <form action={sitePath('/search/')} method="get">
          <label htmlFor="search-query" className={styles.label}>
            Search notes
          </label>
          <div className={styles.row}>
            <input className="control" id="search-query" {...SEARCH_INPUT} />
            <button className="control" type="submit">
              Search
            </button>
          </div>
        </form>
      </search>
      {/* In `npm run dev` React hydrates this page after the script may have written here. */}
      <p id="search-status" className={styles.status} role="status" suppressHydrationWarning>
        {SEARCH_PROMPT}
      </p>
      <ol id="search-results" className={`${styles.results} ruled`} aria-label="Matching notes" />
      {/* Shown while results are left to show; the script says how many it adds. */}
      <button id="search-more" className={`${styles.more} control`} type="button" hidden>
        Show more
      </button>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: markup of this file; as a string, React's hydration in `npm run dev` leaves it be. */}
      <template id="search-result" dangerouslySetInnerHTML={{ __html: RESULT }} />
      <script type="module" src={sitePath('/search.js')} data-keep="" />
    </div>
  );
}
