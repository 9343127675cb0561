import { describe, expect, it, vi } from 'vitest';
import type { Note } from '@/lib/content/note';
import { renderSummary } from '@/lib/content/summary';

// The renderer failing as it did on 2,000 nested ">" before the check's limits (limits.ts).
vi.mock('@/lib/markdown', () => ({
  renderMarkdown: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

describe('renderSummary', () => {
  it('names the note when its summary cannot be rendered', () => {
    const note: Note = {
      slug: 'deep-quote',
      title: 'Deep',
      url: 'https://example.com/',
      hostname: 'example.com',
      tags: [],
      date: '2025-01-01',
      summaryMarkdown: '>'.repeat(2000),
    };
    expect(() => renderSummary(note)).toThrow(
      /^content\/deep-quote\.md: summary: cannot be rendered: Maximum call stack size exceeded$/,
    );
  });
});
