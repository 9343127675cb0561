// The excerpt of a search result, cut from what Pagefind itself makes of a real note page: the
// article of components/NoteArticle.tsx, indexed by Pagefind's own indexer, read back as pagefind.js
// hands a result to the search page (content without zero-width spaces; raw_content escaped).
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { NoteArticle } from '@/components/NoteArticle';
import { cutExcerpt, type ExcerptSource } from '@/lib/browser/excerpt';
import type { Note } from '@/lib/notes';
import { tagRef } from '@/lib/tags';

afterAll(() => pagefind.close());

/** The indexed article of `note` on a page in `language`, as the search page receives it. */
async function indexed(note: Note, language: string): Promise<ExcerptSource> {
  const { index } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error('Pagefind did not start');
  const article = renderToStaticMarkup(createElement(NoteArticle, { note }));
  await index.addHTMLFile({
    url: `/note/${note.slug}/`,
    content: `<html lang="${language}"><body>${article}</body></html>`,
  });
  const { files } = await index.getFiles();
  const fragment = files.find((file) => file.path.includes('fragment/'));
  if (!fragment) throw new Error('Pagefind wrote no fragment');
  const data = JSON.parse(
    gunzipSync(fragment.content)
      .toString('utf8')
      .replace(/^pagefind_dcd/, ''),
  );
  // pagefind.js's loadFragment: raw_content escapes < and >, content loses the zero-width spaces.
  return {
    content: data.content.replace(/\u200B/g, ''),
    raw_content: data.content.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    anchors: data.anchors,
    locations: [],
  };
}

const text = ({ words, joiner }: ReturnType<typeof cutExcerpt>) => words.map((word) => word.text).join(joiner);

describe('cutExcerpt', () => {
  // A pasted title with a zero-width space between spaces: Pagefind drops that "word", a count of the
  // words split at white space does not, and the excerpt lost the summary's last word.
  const note: Note = {
    slug: 'short',
    title: 'Zero \u200B width: a pasted title',
    url: 'https://pasted.example.org/title',
    hostname: 'pasted.example.org',
    tags: ['c++', 'naïve "quoted"', 'e-mail'].map(tagRef),
    date: '2025-01-02',
    summaryMarkdown: 'Short, hyphen-split summary.',
  };

  it('shows a short summary whole, and none of the title, host and tags after it', async () => {
    const source = await indexed(note, 'en');
    const excerpt = cutExcerpt(source, 24);
    expect(text(excerpt)).toBe('Short, hyphen-split summary.');
    expect(excerpt.joiner).toBe(' ');
  });

  it('marks the matches in the summary, never one in the words after it', async () => {
    const source = await indexed(note, 'en');
    const words = source.content.split(' ');
    const excerpt = cutExcerpt({ ...source, locations: [words.indexOf('summary.'), words.indexOf('pasted')] }, 24);
    expect(excerpt.words.filter((word) => word.marked).map((word) => word.text)).toEqual(['summary.']);
  });

  it('cuts segmented Japanese where the summary ends, in Pagefind’s words, with < and &lt; as written', async () => {
    const japanese: Note = {
      ...note,
      title: '組版の歴史と現在',
      tags: ['日本語', 'typography'].map(tagRef),
      summaryMarkdown: 'HTMLの`<ruby>`要素と`&lt;rt&gt;`の使い方について短く説明します',
    };
    const source = await indexed(japanese, 'ja');
    expect(source.raw_content).toContain('\u200B');
    const excerpt = cutExcerpt(source, 200);
    expect(excerpt.joiner).toBe('');
    expect(text(excerpt)).toMatch(/^HTMLの<ruby>要素と&lt;rt&gt;の使い方について短く説明します\.?$/);
  });
});
