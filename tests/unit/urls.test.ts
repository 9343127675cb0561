import { describe, expect, it } from 'vitest';
import { draftFromForm } from '@/lib/add/draft';
import { SUMMARY_SKELETON } from '@/lib/authoring/new-note';
import { problemsOfNote } from '@/lib/content/note';
import { normalizeUrl, parseWebUrl } from '@/lib/urls';

// WHATWG URL parsing drops tabs and line breaks anywhere: `…/b\nnext` would read `…/bnext`.
describe('a tab or line break inside a URL', () => {
  const broken = 'https://a.example/b\nnext';
  const message = 'has a tab or line break inside (got "https://a.example/b\\nnext"); write the URL on one line';

  it('is no web URL; white space around one is', () => {
    for (const text of [broken, 'https://a.example/b\r\nnext', 'https://a.example/\tb']) {
      expect(parseWebUrl(text)).toBeNull();
    }
    expect(parseWebUrl(' https://a.example/b\n')?.href).toBe('https://a.example/b');
  });

  it('is refused by the check and by /add/, in one line that says what to do', () => {
    const note = `---\ntitle: A\nurl: ${JSON.stringify(broken)}\ntags: [a]\ndate: 2025-01-02\n---\n`;
    expect(problemsOfNote('content/a.md', note).map(({ field, message }) => `${field}: ${message}`)).toEqual([
      `url: ${message}`,
    ]);
    const form = { url: broken, title: 'A', tags: 'a', date: '2025-01-02', summary: SUMMARY_SKELETON };
    expect(draftFromForm(form, { notes: [], tags: [] }).problems).toEqual([{ field: 'url', message }]);
  });
});

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
