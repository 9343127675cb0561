import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown';

describe('renderMarkdown', () => {
  it('strips control characters that XML feeds cannot carry', () => {
    const { html, text } = renderMarkdown('- a\x0Bb\x1Bc');
    expect(html).toContain('abc');
    expect(text).toBe('abc');
  });
});

describe('renderMarkdown: links out', () => {
  it.each([
    ['[a](https://example.org/a)', '<a href="https://example.org/a" rel="noopener noreferrer">a</a>'],
    ['[a][r]\n\n[r]: https://example.org/r', '<a href="https://example.org/r" rel="noopener noreferrer">a</a>'],
    ['[a](//example.org/a)', '<a href="//example.org/a" rel="noopener noreferrer">a</a>'],
    ['[a][r]\n\n[r]: //example.org/r', '<a href="//example.org/r" rel="noopener noreferrer">a</a>'],
  ])('%j marks the link noopener noreferrer', (markdown, html) => {
    expect(renderMarkdown(markdown).html).toContain(html);
  });

  it('leaves a link within the page alone', () => {
    expect(renderMarkdown('[a](#top)').html).toContain('<a href="#top">a</a>');
  });
});
