import { describe, expect, it } from 'vitest';
import { fillableOf, titleIsUrl } from '@/lib/enrich/fillable';

const URL = 'https://www.example.com/blog/caf%C3%A9-notes/?utm_source=feed';

describe('titleIsUrl', () => {
  it.each([
    ['as written', URL],
    ['as URL writes it', 'https://www.example.com/blog/caf%C3%A9-notes/?utm_source=feed'],
    ['normalised: no tracking, no trailing slash, host in capitals', 'https://WWW.example.com/blog/caf%C3%A9-notes'],
    ['percent-decoded', 'https://www.example.com/blog/café-notes/'],
    ['without its scheme', 'www.example.com/blog/caf%C3%A9-notes/'],
    ['without its scheme, decoded', 'www.example.com/blog/café-notes'],
    ['over http', 'http://www.example.com/blog/café-notes'],
    ['with white space around', '  https://www.example.com/blog/café-notes  '],
  ])('a title that is the URL %s', (_how, title) => {
    expect(titleIsUrl(title, URL)).toBe(true);
  });

  it.each([
    ['a title of words', 'Café notes'],
    ['another page of the site', 'https://www.example.com/blog/other'],
    ['the site alone', 'www.example.com'],
    ['the URL inside a sentence', `Read ${URL}`],
    ['empty', ''],
  ])('%s is the owner’s title', (_what, title) => {
    expect(titleIsUrl(title, URL)).toBe(false);
  });

  it('a site’s home page titled by its host is titled by its URL', () => {
    expect(titleIsUrl('example.org', 'https://example.org/')).toBe(true);
  });
});

describe('fillableOf', () => {
  it('fills an empty summary (white space is empty), never a written one', () => {
    expect(fillableOf({ title: 'Mine', url: URL, summaryMarkdown: '\n  \n' })).toEqual({ title: false, summary: true });
    expect(fillableOf({ title: URL, url: URL, summaryMarkdown: 'Written.' })).toEqual({ title: true, summary: false });
  });
});
