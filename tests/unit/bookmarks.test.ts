import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBookmarks } from '@/lib/bookmarks';

const read = (name: string) => readBookmarks(readFileSync(`tests/fixtures/bookmarks/${name}`, 'utf8')).bookmarks;

describe('bookmark folders', () => {
  it('leaves out the browsers’ own root folders (toolbar, menu, other, mobile, reading list), keeps the person’s', () => {
    expect(read('browser-roots.html').map((bookmark) => [bookmark.url, bookmark.folders])).toEqual([
      ['https://roots.example/menu', []],
      ['https://roots.example/toolbar', []],
      ['https://roots.example/rust', ['Rust']],
      ['https://roots.example/other', []],
      ['https://roots.example/mobile', []],
      ['https://roots.example/edge', []],
      ['https://roots.example/safari', []],
      ['https://roots.example/later', []],
      ['https://roots.example/nested', ['Recipes', 'Other bookmarks']],
    ]);
  });
});
