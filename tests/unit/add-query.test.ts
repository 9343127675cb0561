import { describe, expect, it } from 'vitest';
import { sharedLink } from '@/lib/add/query';

const linkOf = (query: Record<string, string>) => sharedLink(new URLSearchParams(query));

describe('the link /add/ is opened with', () => {
  it('is `url` as given, by the bookmarklet or a Shortcut, with the title and the selected text', () => {
    expect(linkOf({ url: 'https://example.org/a', title: 'A', text: 'Quoted https://example.org/b' })).toEqual({
      url: 'https://example.org/a',
      title: 'A',
      text: 'Quoted https://example.org/b',
    });
    // A wrong URL is kept, for the form to refuse, rather than replaced by one from the text.
    expect(linkOf({ url: 'ftp://example.org/f', text: 'https://example.org/b' }).url).toBe('ftp://example.org/f');
  });

  it('is the first http(s) URL inside `text` when `url` is empty or missing, as Android shares; the rest stays the text', () => {
    expect(linkOf({ title: 'Foo', text: 'Look at https://example.org/x' })).toEqual({
      url: 'https://example.org/x',
      title: 'Foo',
      text: 'Look at',
    });
    expect(linkOf({ url: '', title: '', text: 'https://example.org/x' })).toEqual({
      url: 'https://example.org/x',
      title: '',
      text: '',
    });
    expect(
      linkOf({ url: '  ', text: 'Read ftp://example.org/f or\nhttp://example.org/y?q=1 and https://example.org/z' }),
    ).toEqual({
      url: 'http://example.org/y?q=1',
      title: null,
      text: 'Read ftp://example.org/f or\n and https://example.org/z',
    });
  });

  it('has no URL when neither `url` nor `text` holds one, and keeps the text', () => {
    expect(linkOf({ text: 'Just words: example.org and mailto:a@example.org' })).toEqual({
      url: null,
      title: null,
      text: 'Just words: example.org and mailto:a@example.org',
    });
    expect(linkOf({ url: '', text: 'words' })).toEqual({ url: '', title: null, text: 'words' });
    expect(linkOf({})).toEqual({ url: null, title: null, text: '' });
  });
  it('leaves out the prose around a shared link: quotes, brackets, a full stop; keeps a bracket the URL opened', () => {
    expect(linkOf({ text: 'Great read (https://example.org/x).' })).toMatchObject({
      url: 'https://example.org/x',
      text: 'Great read.',
    });
    expect(linkOf({ text: '“https://example.org/a?b=c”, she said' })).toMatchObject({
      url: 'https://example.org/a?b=c',
      text: ', she said',
    });
    expect(linkOf({ text: 'Read this: “https://example.org/y”' }).text).toBe('Read this:');
    expect(linkOf({ text: 'See https://en.wikipedia.org/wiki/Go_(game).' }).url).toBe(
      'https://en.wikipedia.org/wiki/Go_(game)',
    );
    expect(linkOf({ text: 'End: https://example.org/x!' }).url).toBe('https://example.org/x');
  });
});
