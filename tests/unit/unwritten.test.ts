// A summary still holding the skeleton's "…" is unwritten: the note is checked, and left out like a draft.
import { describe, expect, it } from 'vitest';
import { summaryWithQuote } from '@/lib/add/draft';
import { SUMMARY_SKELETON } from '@/lib/authoring/new-note';
import { loadNotes } from '@/lib/content/load';
import { isUnwritten } from '@/lib/content/skeleton';
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

describe('the skeleton as npm run new and /add/ write it', () => {
  it('is unwritten, alone or below the words quoted from the page', () => {
    expect(isUnwritten(SUMMARY_SKELETON)).toBe(true);
    expect(isUnwritten(summaryWithQuote('The page’s own words.', SUMMARY_SKELETON))).toBe(true);
  });

  it('is written once every placeholder is, and so is no summary at all', () => {
    expect(isUnwritten(SUMMARY_SKELETON.replaceAll('…', 'written'))).toBe(false);
    expect(isUnwritten('')).toBe(false);
  });
});
