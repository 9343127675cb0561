import { sitePath } from '../lib/paths';
import styles from './Search.module.css';

/** What the search page says before the first query. */
const PROMPT = 'Type words from a title, a tag, a site or a summary.';

/**
 * The search page's box, status line and result list, rendered as HTML; `public/search.js`, the
 * page's one script, runs the queries and fills the list from the `<template>` below, so that the
 * results wear this file's class names without React in the browser.
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
            <input id="search-query" name="q" type="search" autoComplete="off" enterKeyHint="search" />
            <button type="submit">Search</button>
          </div>
        </form>
      </search>
      <p id="search-status" className={styles.status} role="status">
        {PROMPT}
      </p>
      <ol id="search-results" className={styles.results} aria-label="Matching notes" />
      <template id="search-result">
        <li>
          <article>
            <h2 className={styles.title} data-field="title">
              Note title
            </h2>
            <p className={styles.meta}>
              <span data-field="hostname" />
              <span data-field="separator" aria-hidden="true">
                {' · '}
              </span>
              <time data-field="date" />
            </p>
            <p className={styles.excerpt} data-field="excerpt" />
            <ul className={styles.tags} data-field="tags" />
          </article>
        </li>
      </template>
      <script type="module" src={sitePath('/search.js')} data-keep="" />
    </div>
  );
}
