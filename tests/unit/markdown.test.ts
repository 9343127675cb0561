import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown';

describe('renderMarkdown', () => {
  it('strips control characters that XML feeds cannot carry', () => {
    const { html, text } = renderMarkdown('- a\x0Bb\x1Bc');
    expect(html).toContain('abc');
    expect(text).toBe('abc');
  });
});
