import { describe, expect, it } from 'vitest';
import { rewriteNoteUrl } from '@/lib/links/fix-moved';

const from = 'https://old.example/post';
const to = 'https://new.example/post?id=1';

describe('rewriteNoteUrl', () => {
  it('changes only the url value of a CRLF note with comments and a double-quoted url', () => {
    const note = [
      '---',
      '# kept: a comment',
      'title: "Moved: a post"',
      'url:   "https://old.example/post"   # where it was',
      'tags: [web]',
      'date: 2025-01-02',
      '---',
      'The summary mentions https://old.example/post too.',
      '',
    ].join('\r\n');
    expect(rewriteNoteUrl(note, from, to)).toBe(note.replace('"https://old.example/post"', `"${to}"`));
  });

  it('keeps single quotes and plain values as they were', () => {
    const single = "---\ntitle: A\nurl: 'https://old.example/post'\ntags: [a]\ndate: 2025-01-02\n---\nText\n";
    expect(rewriteNoteUrl(single, from, to)).toBe(single.replace("'https://old.example/post'", `'${to}'`));
    const plain = '---\ntitle: A\nurl: https://old.example/post\ntags: [a]\ndate: 2025-01-02\n---\nText\n';
    expect(rewriteNoteUrl(plain, from, to)).toBe(plain.replace('url: https://old.example/post', `url: ${to}`));
  });

  it('leaves a note alone whose url is no longer the one checked', () => {
    const edited = '---\ntitle: A\nurl: https://elsewhere.example/\ntags: [a]\ndate: 2025-01-02\n---\n';
    expect(rewriteNoteUrl(edited, from, to)).toBeUndefined();
    expect(() => rewriteNoteUrl('no front matter', from, to)).toThrow('no front matter between two "---" lines');
  });
});
