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

  it('keeps #! addresses apart, #!topic/… as much as #!/…: the fragment is the page (Google Groups, issue 21)', () => {
    const one = 'https://groups.google.com/forum/#!topic/foreman-users/GxndDL0SHJc';
    const two = 'https://groups.google.com/forum/#!topic/foreman-users/ULxtWFYJx7Q';
    expect(normalizeUrl(one)).not.toBe(normalizeUrl(two));
    expect(normalizeUrl(one)).not.toBe(normalizeUrl('https://groups.google.com/forum/'));
    expect(normalizeUrl(`https://groups.google.com/forum/?utm_source=x#!topic/foreman-users/ULxtWFYJx7Q`)).toBe(
      normalizeUrl(two),
    );
  });
});

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
