// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticlePreview } from '@/components/ArticlePreview';
import type { Note } from '@/lib/notes';
import { basePath } from '@/lib/site';
import { tagRef } from '@/lib/tags';

afterEach(cleanup);

const note: Note = {
  slug: 'framework-desktop',
  title: 'The Framework Desktop is a beast',
  url: 'https://world.hey.com/dhh/the-framework-desktop-is-a-beast-636fb4ff',
  hostname: 'world.hey.com',
  tags: ['hardware', 'Mini PC', 'c++', 'ai/ml'].map(tagRef),
  date: '2025-08-05',
  summaryMarkdown: '- **CPU:** Ryzen\n\n  - 16 cores\n',
};

describe('ArticlePreview', () => {
  it('is an article whose heading links out in a new tab, safely', () => {
    render(<ArticlePreview note={note} />);
    const article = screen.getByRole('article');
    const heading = within(article).getByRole('heading', { level: 2, name: note.title });
    const link = within(heading).getByRole('link');
    expect(link.getAttribute('href')).toBe(note.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows the hostname and a machine-readable date', () => {
    render(<ArticlePreview note={note} />);
    expect(screen.getByText('world.hey.com')).toBeTruthy();
    const time = screen.getByText('5 Aug 2025');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2025-08-05');
  });

  it('links each tag chip to its tag page by slug', () => {
    render(<ArticlePreview note={note} />);
    const chips = within(screen.getByRole('list', { name: `Tags of ${note.title}` })).getAllByRole('link');
    expect(chips.map((chip) => [chip.textContent, chip.getAttribute('href')])).toEqual([
      ['hardware', `${basePath}/tag/hardware/`],
      ['mini pc', `${basePath}/tag/mini-pc/`],
      ['c++', `${basePath}/tag/c-plus-plus/`],
      ['ai/ml', `${basePath}/tag/ai-ml/`],
    ]);
  });

  it('shows the first 15 chips and counts the rest, so that a tag page grows with its notes alone', () => {
    const tags = Array.from({ length: 40 }, (_, n) => tagRef(`topic ${n + 1}`));
    render(<ArticlePreview note={{ ...note, tags }} />);
    const list = screen.getByRole('list', { name: `Tags of ${note.title}` });
    const chips = within(list).getAllByRole('link');
    expect(chips.map((chip) => chip.textContent)).toEqual(tags.slice(0, 15).map((tag) => tag.name));
    expect(list.lastElementChild?.textContent).toBe('+25 more tags on the note page');
  });

  it("links to the note's own page and renders the summary", () => {
    render(<ArticlePreview note={note} />);
    const own = screen.getByRole('link', { name: `Note page: ${note.title}` });
    expect(own.getAttribute('href')).toBe(`${basePath}/note/framework-desktop/`);
    expect(screen.getByText('CPU:').tagName).toBe('STRONG');
    expect(screen.getByText('16 cores').closest('ul')?.parentElement?.tagName).toBe('LI');
  });
});
