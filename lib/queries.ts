// Questions the pages ask across notes: which notes are related to one, which tags go together.
import type { Library, Tag } from '@/lib/content/indexing';
import type { Note } from '@/lib/content/note';
import { library } from './notes';

/** Each tag's notes as positions in `notes` (newest first), and where each note stands. */
type Positions = { ofNote: Map<Note, number>; byTag: Map<string, Int32Array>; scores: Float64Array };
const positionsOf = new WeakMap<Library, Positions>();

function positions(index: Library): Positions {
  let found = positionsOf.get(index);
  if (found === undefined) {
    const ofNote = new Map(index.notes.map((note, position) => [note, position]));
    const byTag = new Map(
      [...index.notesByTag].map(([tag, notes]) => [tag, Int32Array.from(notes, (note) => ofNote.get(note) ?? -1)]),
    );
    found = { ofNote, byTag, scores: new Float64Array(index.notes.length) };
    positionsOf.set(index, found);
  }
  return found;
}

/**
 * Up to `limit` notes that share the most tags with this one, a rare shared tag weighing more than
 * a common one (its inverse document frequency); ties go to the newer note, then the slug.
 *
 * Every note page asks this of notes that may share a tag with thousands of others, so it works on
 * positions in the newest-first list, whose order is the tie-break, and keeps only the best few:
 * a map and a full sort per page made it a tenth of a 10,000-note build (bench/RESULTS.md).
 */
export function getRelatedNotes(slug: string, limit = 5): Note[] {
  const index = library();
  const note = index.noteBySlug.get(slug);
  if (note === undefined) return [];
  const { ofNote, byTag, scores } = positions(index);
  const self = ofNote.get(note);
  const touched: number[] = [];
  for (const { slug: tag } of note.tags) {
    // Each shared tag counts 1, plus its inverse document frequency: more shared tags rank
    // higher, and of two notes sharing as many, the one sharing rarer tags.
    const weight = 1 + Math.log(index.notes.length / (index.tagBySlug.get(tag)?.count ?? index.notes.length));
    for (const other of byTag.get(tag) ?? []) {
      if (other === self) continue;
      if (scores[other] === 0) touched.push(other);
      scores[other] += weight;
    }
  }
  // The best `limit` positions, highest score first, then the earlier (newer) position.
  const best: number[] = [];
  const ranksAbove = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  for (const candidate of touched) {
    if (best.length === limit && !ranksAbove(candidate, best[limit - 1])) continue;
    let at = best.length;
    while (at > 0 && ranksAbove(candidate, best[at - 1])) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  const related = best.map((position) => index.notes[position]);
  for (const position of touched) scores[position] = 0;
  return related;
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
