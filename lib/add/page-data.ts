import { getAllNotes, getAllTags } from '@/lib/notes';
import { sitePath } from '@/lib/paths';
import { site } from '@/lib/site';
import { normalizeUrl } from '@/lib/urls';
import type { AddPageData, NotedUrls } from './draft';

/** Where the notes' list is served (app/add/notes.json/route.ts), as the site's own path. */
export const ADD_NOTES_PATH = '/add/notes.json';

/**
 * What the /add/ page inlines: the tags (the tag chooser's first paint), the repository and where
 * to fetch the notes. Constant in size as the notes grow, so the page's HTML stays small.
 */
export function addPageData(): AddPageData {
  return {
    notesPath: sitePath(ADD_NOTES_PATH),
    tags: getAllTags().map((tag) => [tag.slug, tag.name]),
    repository: site.repository || null,
    branch: site.branch,
  };
}

/** Every note's normalised URL and slug, for the page's duplicate-URL check. */
export function addNotes(): NotedUrls {
  return getAllNotes().map((note) => [normalizeUrl(note.url), note.slug]);
}

/** The data as the text of a `<script type="application/json">`: `<` escaped, so no `</script>` ends it early. */
export function addPageDataJson(data: AddPageData): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
