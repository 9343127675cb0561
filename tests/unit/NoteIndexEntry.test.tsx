// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NoteIndexEntry } from '@/components/NoteIndexEntry';
import type { Note } from '@/lib/notes';
import { basePath } from '@/lib/site';
import { tagRef } from '@/lib/tags';

afterEach(cleanup);

const note: Note = {
  slug: 'paged-attention',
  title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention',
  url: 'https://arxiv.org/abs/2309.06180',
  hostname: 'arxiv.org',
  tags: ['llm', 'inference', 'kv cache', 'batching', 'gpu', 'paper'].map(tagRef),
  date: '2023-09-12',
  summaryMarkdown: '- **Problem:** batches\n- Second point\n',
};

describe('NoteIndexEntry', () => {
  it('links the title out and “Note page” to the note, beside host and an unambiguous date', () => {
    render(<NoteIndexEntry note={note} />);
    const title = within(screen.getByRole('heading', { level: 2 })).getByRole('link');
    expect([title.getAttribute('href'), title.getAttribute('target'), title.getAttribute('rel')]).toEqual([
      note.url,
      '_blank',
      'noopener noreferrer',
    ]);
    expect(screen.getByRole('link', { name: `Note page: ${note.title}` }).getAttribute('href')).toBe(
      `${basePath}/note/paged-attention/`,
    );
    expect(screen.getByText('12 Sep 2023').getAttribute('datetime')).toBe('2023-09-12');
  });

  it('shows the first three tags as chips and counts the rest, and the summary as one paragraph of text', () => {
    render(<NoteIndexEntry note={note} />);
    const chips = within(screen.getByRole('list', { name: `Tags of ${note.title}` })).getAllByRole('link');
    expect(chips.map((chip) => chip.textContent)).toEqual(['llm', 'inference', 'kv cache']);
    expect(screen.getByText('+3').textContent).toBe('+3 more tags on the note page');
    expect(screen.getByText('Problem: batches Second point').tagName).toBe('P');
    expect(screen.queryByRole('strong')).toBeNull();
  });
});
