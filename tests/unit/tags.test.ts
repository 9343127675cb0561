import { describe, expect, it } from 'vitest';
import { normalizeTag, slugFromParam, tagSlug } from '@/lib/tags';

describe('normalizeTag', () => {
  it.each([
    ['LLM', 'llm'],
    ['  llm ', 'llm'],
    ['Large   Language\tModel', 'large language model'],
    ['Ünïcode', 'ünïcode'],
    // "e" + combining acute (NFD) and the precomposed "é" (NFC) are one tag.
    ['Cafe\u0301', 'café'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeTag(raw)).toBe(expected);
  });
});

describe('tagSlug', () => {
  it.each([
    ['large language model', 'large-language-model'],
    ['Large Language Model', 'large-language-model'],
    ['c++', 'c-plus-plus'],
    ['c#', 'c-sharp'],
    ['node.js', 'node-js'],
    ['ai/ml', 'ai-ml'],
    ['Ünïcode', 'unicode'],
    ['R&D', 'r-and-d'],
    ['what?', 'what'],
    ['../etc/passwd', 'etc-passwd'],
    ['  spaced   out  ', 'spaced-out'],
    ['日本語', '日本語'],
    ['кириллица', 'кириллица'],
    ['Ελληνικά', 'ελληνικά'],
    ['हिन्दी', 'हिन्दी'],
    ['2024', '2024'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['Æsir', 'aesir'],
    ['ｆｕｌｌ ｗｉｄｔｈ', 'full-width'],
    ['ﬁle', 'file'],
    ['がぎ', 'がぎ'],
  ])('%j → %j', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });

  it('gives a tag with no letters or digits a stable, valid slug', () => {
    const slug = tagSlug('???');
    expect(slug).toMatch(/^tag-[0-9a-f]{8}$/);
    expect(tagSlug('???')).toBe(slug);
    expect(tagSlug('!!!')).not.toBe(slug);
  });

  it('caps long tags and keeps two long tags with one prefix apart', () => {
    const long = 'a'.repeat(300);
    const slug = tagSlug(long);
    expect(Array.from(slug).length).toBeLessThanOrEqual(60);
    expect(slug).toBe(tagSlug(long));
    expect(tagSlug(`${long} b`)).not.toBe(slug);
  });

  it('never yields characters that break a URL segment or a file name', () => {
    for (const tag of ['a/b', 'a?b', 'a#b', 'a%b', 'a\\b', '..', '.', 'a b', 'a:b', '"quoted"', "it's"]) {
      expect(tagSlug(tag)).toMatch(/^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*$/u);
    }
  });
});

describe('slugFromParam', () => {
  it('decodes a percent-encoded route param once', () => {
    expect(slugFromParam(encodeURIComponent('日本語'))).toBe('日本語');
    expect(slugFromParam('c-plus-plus')).toBe('c-plus-plus');
    expect(slugFromParam('%E0%A4')).toBe('%E0%A4');
  });
});
