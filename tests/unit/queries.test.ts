// Related notes and tags that go together, on the fixture site.
import { describe, expect, it } from 'vitest';
import { getAllNotes } from '@/lib/notes';
import { getCooccurringTags, getRelatedNotes } from '@/lib/queries';
import { readSiteFixture } from './fixture-notes';

readSiteFixture();

describe('related', () => {
  it('ranks notes by shared tags, rarer tags weighing more, deterministically', () => {
    // ai-ml-glossary has llm (39 notes), large language model (3) and ai/ml (1).
    const related = getRelatedNotes('ai-ml-glossary').map((note) => note.slug);
    expect(related).toHaveLength(5);
    // The one other note with the rarer "large language model" outranks the 37 sharing only "llm".
    expect(related[0]).toBe('unicode-normalisation');
    expect(related).not.toContain('ai-ml-glossary');
    expect(getRelatedNotes('ai-ml-glossary').map((note) => note.slug)).toEqual(related);
    // Among notes sharing only "llm", the newest come first.
    const rest = getAllNotes().filter((note) => related.slice(1).includes(note.slug));
    expect(rest.map((note) => note.slug)).toEqual(related.slice(1));
  });

  it('lists the tags that most often appear with a tag', () => {
    const tags = getCooccurringTags('web-performance');
    expect(tags[0]).toMatchObject({ slug: 'llm', count: 24 });
    expect(tags.map((tag) => tag.slug)).not.toContain('web-performance');
    const counts = tags.map((tag) => tag.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
