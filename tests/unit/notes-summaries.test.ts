// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { renderSummary } from '@/lib/content/summary';
import { fixture } from './fixture-notes';

describe('summaries are sanitized', () => {
  const { library, problems } = loadNotes(fixture('hostile'));
  const [note] = library.notes;

  it('loads the note', () => {
    expect(problems).toEqual([]);
    expect(note.title).toBe('Hostile <b>title</b> & more');
    expect(note.tags.map((tag) => tag.name)).toEqual(['security', 'xss']);
  });

  it('drops raw HTML, event handlers and javascript: links', () => {
    expect(renderSummary(note).html).not.toMatch(/<script|<img|onerror|onclick|javascript:/i);
    expect(renderSummary(note).html).toContain('click me');
  });

  it('turns a link whose URL the sanitizer removes into plain text, never an <a> without href', () => {
    const summary = document.createElement('div');
    summary.innerHTML = renderSummary(note).html;
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.org/page']);
    expect(summary.textContent).toContain('Link: click me');
    expect(summary.textContent).toContain('Reference link: by reference');
  });

  it('renders GFM tables and marks outbound links noopener noreferrer', () => {
    expect(renderSummary(note).html).toContain('<table>');
    expect(renderSummary(note).html).toContain(
      '<a href="https://example.org/page" rel="noopener noreferrer">example</a>',
    );
  });

  it('keeps plain text for descriptions, with list items apart', () => {
    expect(renderSummary(note).text).toContain('Image: Link: click me');
    expect(renderSummary(note).text).not.toContain('<');
  });
});
