// Questions the pages ask across notes: which notes are related to one, which tags go together.
import { byNewest, type Tag } from '@/lib/content/indexing';
import type { Note } from '@/lib/content/note';
import { library } from './notes';

/**
 * Up to `limit` notes that share the most tags with this one, a rare shared tag weighing more than
 * a common one (its inverse document frequency); ties go to the newer note, then the slug.
 */
export function getRelatedNotes(slug: string, limit = 5): Note[] {
  const { notes, noteBySlug, notesByTag, tagBySlug } = library();
  const note = noteBySlug.get(slug);
  if (note === undefined) return [];
  const scores = new Map<Note, number>();
  for (const { slug: tag } of note.tags) {
    // Each shared tag counts 1, plus its inverse document frequency: more shared tags rank
    // higher, and of two notes sharing as many, the one sharing rarer tags.
    const weight = 1 + Math.log(notes.length / (tagBySlug.get(tag)?.count ?? notes.length));
    for (const other of notesByTag.get(tag) ?? []) {
      if (other !== note) scores.set(other, (scores.get(other) ?? 0) + weight);
    }
  }
  return [...scores]
    .sort(([a, sa], [b, sb]) => sb - sa || byNewest(a, b))
    .slice(0, limit)
    .map(([other]) => other);
}

/** Up to `limit` tags that most often appear on the same notes as this one, then by name. */
export function getCooccurringTags(slug: string, limit = 10): Tag[] {
  const { notesByTag, tagBySlug } = library();
  const counts = new Map<string, number>();
  for (const note of notesByTag.get(slug) ?? []) {
    for (const tag of note.tags) if (tag.slug !== slug) counts.set(tag.slug, (counts.get(tag.slug) ?? 0) + 1);
  }
  return [...counts]
    .flatMap(([other, count]) => {
      const tag = tagBySlug.get(other);
      return tag ? [{ ...tag, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'))
    .slice(0, limit);
}
