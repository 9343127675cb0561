'use client';

import { useEffect, useRef } from 'react';
import styles from './SearchBox.module.css';

// Plain URLs, not next/link: a GET form submits to the search page with or without the router.
const SEARCH_PAGE = `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/search/`;

/** The header's search box; `/` focuses it from anywhere on the page. */
export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <search className={`${styles.SearchBox} needs-js`}>
      <form action={SEARCH_PAGE} method="get">
        <label htmlFor="site-search" className="visually-hidden">
          Search notes
        </label>
        <input
          ref={input}
          id="site-search"
          name="q"
          type="search"
          placeholder="Search notes (/)"
          autoComplete="off"
          enterKeyHint="search"
        />
      </form>
    </search>
  );
}
