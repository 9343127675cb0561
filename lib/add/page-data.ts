import { repository, repositoryBranch } from '@/lib/config.mjs';
import { getAllNotes, getAllTags } from '@/lib/notes';
import { normalizeUrl } from '@/lib/urls';
import type { AddPageData } from './draft';

/** What the /add/ page's script needs from the build: the notes' URLs and slugs, the tags, the repository. */
export function addPageData(): AddPageData {
  return {
    notes: getAllNotes().map((note) => [normalizeUrl(note.url), note.slug]),
    tags: getAllTags().map((tag) => [tag.slug, tag.name]),
    repository: repository ?? null,
    branch: repositoryBranch,
  };
}

/** The data as the text of a `<script type="application/json">`: `<` escaped, so no `</script>` ends it early. */
export function addPageDataJson(data: AddPageData): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
