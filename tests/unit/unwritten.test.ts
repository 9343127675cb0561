// A summary still holding the skeleton's "…" is unwritten: the note is checked, and left out like a draft.
import { describe, expect, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { fixture } from './fixture-notes';

describe('unwritten notes', () => {
  const { problems, library } = loadNotes(fixture('unwritten'));
  const slugs = (notes: { slug: string }[]) => notes.map((note) => note.slug).sort();

  it('are valid notes', () => {
    expect(problems).toEqual([]);
  });

  it('hold the skeleton, alone or below a quote of the page, or with any one "…" line left', () => {
    expect(slugs(library.unwritten)).toEqual(['half-written', 'quoted', 'skeleton']);
  });

  it('are left out of the published notes, their lookups and tags, as drafts are', () => {
    expect(slugs(library.notes)).toEqual(['finished', 'imported']);
    expect(library.noteBySlug.has('skeleton')).toBe(false);
    expect(library.tags.map((tag) => [tag.name, tag.count])).toEqual([['web', 2]]);
    expect(library.notesByTag.get('unwritten-only')).toBeUndefined();
  });

  it('do not count a draft, written or not, which stays a draft', () => {
    expect(slugs(library.drafts)).toEqual(['draft-skeleton']);
  });
});
