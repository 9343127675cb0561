import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '@/lib/urls';

describe('URL normalisation', () => {
  it.each([
    ['https://x.example/a?b=2&a=1', 'https://x.example/a?a=1&b=2'],
    ['https://x.example./a?_gl=1&ttclid=2&srsltid=3', 'https://x.example/a'],
    ['https://x.example/a#section', 'https://x.example/a'],
  ])('%s is the same page as %s', (a, b) => {
    expect(normalizeUrl(a)).toBe(normalizeUrl(b));
  });

  it('keeps single-page-app routes apart', () => {
    expect(normalizeUrl('https://app.example/#/inbox')).not.toBe(normalizeUrl('https://app.example/#/settings'));
  });
});
