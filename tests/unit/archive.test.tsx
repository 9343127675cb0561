// @vitest-environment jsdom
// A note found dead: every title that links out leads to the Web Archive's copy instead (one rule,
// `titleHref`), and the note's page keeps a way to both the copy and the original.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticlePreview } from '@/components/ArticlePreview';
import { NoteArticle } from '@/components/NoteArticle';
import { NoteIndexEntry } from '@/components/NoteIndexEntry';
import { RelatedNotes } from '@/components/RelatedNotes';
import { archiveUrl, titleHref } from '@/lib/links/archive';
import type { Note } from '@/lib/notes';
import { tagRef } from '@/lib/tags';

afterEach(cleanup);

const live: Note = {
  slug: 'framework-desktop',
  title: 'The Framework Desktop is a beast',
  url: 'https://world.hey.com/dhh/the-framework-desktop-is-a-beast-636fb4ff',
  hostname: 'world.hey.com',
  tags: ['hardware'].map(tagRef),
  date: '2025-08-05',
  summaryMarkdown: 'A summary.\n',
};
const dead: Note = { ...live, dead: '2026-11-20' };
const ARCHIVE =
  'https://web.archive.org/web/20250805/https://world.hey.com/dhh/the-framework-desktop-is-a-beast-636fb4ff';

function titleLink(level: number) {
  const heading = screen.getByRole('heading', { level, name: live.title });
  return within(heading).getByRole('link');
}

describe('archiveUrl and titleHref', () => {
  it("is the Wayback Machine's address for the note's day, without dashes, then the URL as is", () => {
    expect(archiveUrl(live)).toBe(ARCHIVE);
    expect(archiveUrl({ ...live, url: 'https://example.com/a?b=1&c=2' })).toBe(
      'https://web.archive.org/web/20250805/https://example.com/a?b=1&c=2',
    );
  });

  it('leads a live note to its page and a dead one to the archived copy', () => {
    expect(titleHref(live)).toBe(live.url);
    expect(titleHref(dead)).toBe(ARCHIVE);
  });
});

describe("a dead note's title links to the archived copy everywhere", () => {
  it.each([
    ['NoteIndexEntry', () => render(<NoteIndexEntry note={dead} />), 2],
    ['ArticlePreview', () => render(<ArticlePreview note={dead} />), 2],
    ['NoteArticle', () => render(<NoteArticle note={dead} />), 1],
  ])('%s', (_, renderIt, level) => {
    renderIt();
    const link = titleLink(level);
    expect(link.getAttribute('href')).toBe(ARCHIVE);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('RelatedNotes', () => {
    render(<RelatedNotes notes={[dead]} />);
    expect(screen.getByRole('link', { name: live.title }).getAttribute('href')).toBe(ARCHIVE);
    expect(screen.getByRole('link', { name: `Note page: ${live.title}` })).toBeTruthy();
  });

  it("the search index's link (Pagefind meta) is the archived copy too", () => {
    render(<NoteArticle note={dead} />);
    expect(screen.getByRole('article').getAttribute('data-link')).toBe(ARCHIVE);
  });
});

describe('the note page', () => {
  it('offers the archived copy beside the live page, safely, and says nothing is gone', () => {
    render(<NoteArticle note={live} />);
    expect(titleLink(1).getAttribute('href')).toBe(live.url);
    const copy = screen.getByRole('link', { name: 'Archived copy' });
    expect(copy.getAttribute('href')).toBe(ARCHIVE);
    expect(copy.getAttribute('rel')).toBe('noopener noreferrer');
    expect(copy.getAttribute('target')).toBe('_blank');
    expect(screen.getByRole('link', { name: 'Read it on world.hey.com' }).getAttribute('href')).toBe(live.url);
    expect(screen.queryByText(/is gone/)).toBeNull();
    expect(screen.getByRole('article').getAttribute('data-link')).toBe(live.url);
  });

  it('of a dead note says since when the original is gone and still links it, labelled', () => {
    render(<NoteArticle note={dead} />);
    const notice = screen.getByText(/The original page is gone/);
    expect(notice.textContent).toBe(
      "The original page is gone (found dead on 20 Nov 2026); the title links to the Web Archive's copy.",
    );
    expect(within(notice).getByText('20 Nov 2026').getAttribute('datetime')).toBe('2026-11-20');
    const copy = screen.getByRole('link', { name: 'Archived copy' });
    expect(copy.getAttribute('href')).toBe(ARCHIVE);
    expect(copy.getAttribute('rel')).toBe('noopener noreferrer');
    const original = screen.getByRole('link', { name: 'Original on world.hey.com (gone)' });
    expect(original.getAttribute('href')).toBe(live.url);
    expect(original.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
