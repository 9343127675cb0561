// getRelatedNotes ranks with typed arrays and a partial selection for speed; this holds it to the
// plain definition, a score per note and a full sort, on a synthetic corpus of Zipf-like tags.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Library } from '@/lib/content/indexing';
import { loadNotes } from '@/lib/content/load';
import type { Note } from '@/lib/notes';
import { getRelatedNotes } from '@/lib/queries';
import { writeCorpus } from '@/tools/corpus';

let dir: string;
let index: Library;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'related-'));
  writeCorpus(dir, 400);
  vi.stubEnv('NOTES_DIR', dir);
  // As in `next build`, the folder is read once: in development every question stats each file again.
  vi.stubEnv('NODE_ENV', 'production');
  index = loadNotes(dir).library;
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The definition: every note sharing a tag, scored by 1 + the tag's IDF per shared tag, all sorted;
 * ties by place in the newest-first list of every note (byNewest, which the index sorts with).
 */
function relatedByDefinition(note: Note, limit: number): string[] {
  const { notes, tagBySlug, notesByTag } = index;
  const place = new Map(notes.map((other, position) => [other, position]));
  const scores = new Map<Note, number>();
  for (const { slug } of note.tags) {
    const weight = 1 + Math.log(notes.length / (tagBySlug.get(slug)?.count ?? notes.length));
    for (const other of notesByTag.get(slug) ?? []) {
      if (other !== note) scores.set(other, (scores.get(other) ?? 0) + weight);
    }
  }
  return [...scores]
    .sort(([a, sa], [b, sb]) => sb - sa || (place.get(a) ?? 0) - (place.get(b) ?? 0))
    .slice(0, limit)
    .map(([other]) => other.slug);
}

describe('related notes on 400 synthetic notes', () => {
  it('are the best-scored notes by the plain definition, ties to the newer, for every note', () => {
    expect(index.notes).toHaveLength(400);
    for (const note of index.notes) {
      expect(
        getRelatedNotes(note.slug).map((other) => other.slug),
        note.slug,
      ).toEqual(relatedByDefinition(note, 5));
    }
  });

  it('honour any limit, and repeat questions give the same answer', () => {
    const [first, second] = index.notes;
    for (const limit of [0, 1, 3, 12, 1000]) {
      expect(getRelatedNotes(first.slug, limit).map((n) => n.slug)).toEqual(relatedByDefinition(first, limit));
    }
    const again = getRelatedNotes(second.slug).map((n) => n.slug);
    expect(getRelatedNotes(second.slug).map((n) => n.slug)).toEqual(again);
  });
});
