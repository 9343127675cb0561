import { SEARCH_INPUT } from '@/lib/browser/search-record';
import { sitePath } from '@/lib/paths';
import styles from './SearchBox.module.css';

// `/` focuses the box from anywhere on the page. The one script of a document page: inline, marked
// `data-keep` so that the build's script stripping (lib/build/stages/strip-scripts.ts) leaves it.
const SLASH_SHORTCUT = `document.addEventListener("keydown",e=>{var t=e.target;if(e.key!="/"||e.ctrlKey||e.metaKey||e.altKey||t.closest&&t.closest("input,textarea,select,[contenteditable]"))return;var i=document.getElementById("site-search");if(i){e.preventDefault();i.focus()}})`;

/** The header's search box: a plain GET form to the search page, which reads `?q=`. */
export function SearchBox() {
  return (
    <search className={`${styles.SearchBox} needs-js`}>
      <form action={sitePath('/search/')} method="get">
        <label htmlFor="site-search" className="visually-hidden">
          Search notes
        </label>
        <span className={styles.field}>
          <input id="site-search" {...SEARCH_INPUT} placeholder="Search notes" aria-keyshortcuts="/" />
          {/* Shown only where there is a keyboard to press it (SearchBox.module.css). */}
          <span className={styles.hint} aria-hidden="true">
            <kbd>/</kbd>
          </span>
        </span>
        <button type="submit" className={styles.submit}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <circle cx="6.5" cy="6.5" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.75" />
            <path d="m10 10 4.5 4.5" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
          </svg>
          <span className="visually-hidden">Search</span>
        </button>
      </form>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant of this file, no input in it. */}
      <script data-keep="" dangerouslySetInnerHTML={{ __html: SLASH_SHORTCUT }} />
    </search>
  );
}
