// The one entry the pages read content through: a few getters over the indexed content folder.
// Behind it, lib/content/ loads (load.ts), checks (schema.ts, note.ts) and indexes (indexing.ts).

import type { Library, Tag, TagSpelling } from '@/lib/content/indexing';
import { loadNotes } from '@/lib/content/load';
import type { Note } from '@/lib/content/note';
import { ContentError, formatProblem } from '@/lib/content/problems';
import { isDevelopment } from '@/lib/settings/config.mjs';

export { renderSummary, summaryDescription } from '@/lib/content/summary';
export type { Library, Note, Tag, TagSpelling };

/**
 * The indexed content folder. A build throws a ContentError listing every problem; `next dev`
 * keeps serving the notes that are fine while one is being fixed (see contentProblemLines).
 */
export function library(): Library {
  const { library, problems } = loadNotes();
  if (problems.length > 0 && !isDevelopment()) throw new ContentError(problems);
  return library;
}

/** In `next dev`, what is wrong with the notes, one line each as `npm run check` prints it; none in a build. */
export function contentProblemLines(): string[] {
  return isDevelopment() ? loadNotes().problems.map(formatProblem) : [];
}

/** Every published note, newest first. */
export function getAllNotes(): Note[] {
  return library().notes;
}

/** The published note with this slug, if any. */
export function getNote(slug: string): Note | undefined {
  return library().noteBySlug.get(slug);
}

/** Every tag of a published note, most used first, then by name. */
export function getAllTags(): Tag[] {
  return library().tags;
}

/** The tag with this URL slug, if any. */
export function getTag(slug: string): Tag | undefined {
  return library().tagBySlug.get(slug);
}

/** The published notes carrying the tag with this slug, newest first. */
export function getNotesByTag(slug: string): Note[] {
  return library().notesByTag.get(slug) ?? [];
}

/** Old spellings of tags, whose original URLs must keep working. */
export function getOldTagSpellings(): TagSpelling[] {
  return library().oldTagSpellings;
}
