import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../lib/urls';

describe('normalizeUrl', () => {
  it.each([
    ['https://example.com/a/', 'https://example.com/a'],
    ['https://example.com/a///', 'https://example.com/a'],
    ['https://example.com/', 'https://example.com'],
    ['https://example.com///', 'https://example.com'],
    ['https://example.com/a//b/', 'https://example.com/a//b'],
  ])('%s → %s', (url, expected) => {
    expect(normalizeUrl(url)).toBe(expected);
  });

  it('takes a URL of 200,000 slashes in its stride (no quadratic trimming)', () => {
    expect(normalizeUrl(`https://example.com/a${'/'.repeat(200_000)}`)).toBe('https://example.com/a');
    expect(normalizeUrl(`https://example.com/${'/'.repeat(200_000)}x`)).toBe(
      `https://example.com/${'/'.repeat(200_000)}x`,
    );
  });
});
