// A summary that still holds the skeleton `npm run new` and /add/ write (SUMMARY_SKELETON in
// lib/authoring/new-note.ts) is unwritten: published as is, a page of "…" would go out, so the
// note stays off the site, as a draft does, until its placeholders are replaced.

// A skeleton line: a bullet holding only "…", after an optional bold label ("- **What it is:** …").
// Any one left makes the summary unwritten, even below a quote of the page's own words.
const PLACEHOLDER = /^[ \t]*-[ \t]+(?:\*\*[^*\n]+\*\*[ \t]*)?…[ \t]*$/m;

/** Whether a summary still has a "…" placeholder line of the skeleton; no summary at all (an import's) is written. */
export function isUnwritten(summaryMarkdown: string): boolean {
  return PLACEHOLDER.test(summaryMarkdown);
}
