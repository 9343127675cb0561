import { describe, expect, it } from 'vitest';
import { chooseTags, tagChoiceLine } from '@/lib/authoring/choose-tags';

const NOTES = [
  { url: 'https://arxiv.org/abs/1', tags: ['llm', 'paper'] },
  { url: 'https://arxiv.org/abs/2', tags: ['llm', 'paper'] },
  { url: 'https://www.arxiv.org/abs/3', tags: ['llm', 'unsorted'] },
  { url: 'https://arxiv.org/abs/4', tags: ['statistics'] },
  { url: 'https://arxiv.org/abs/5', tags: ['physics'] },
  { url: 'https://blog.example/a', tags: ['rust', 'c++', 'machine learning', 'web'] },
];
const ALIASES = new Map([
  ['large language models', 'llm'],
  ['ml', 'machine learning'],
  ['gone', 'a tag no note has'],
]);

describe('chooseTags', () => {
  it('takes the three tags most used on notes of the same host, never unsorted', () => {
    const choices = chooseTags('https://arxiv.org/abs/9', {}, NOTES, ALIASES);
    expect(tagChoiceLine(choices)).toBe(
      'llm (3 notes from arxiv.org), paper (2 notes from arxiv.org), physics (1 note from arxiv.org)',
    );
  });

  it('takes the site’s tags and aliases the page names, as whole words, saying where', () => {
    const choices = chooseTags(
      'https://news.example/story',
      {
        title: 'Rust and C++ for Large Language Models',
        description: 'Notes on ML, webassembly and the webs of trust.',
        keywords: ['Machine-Learning'],
        tags: ['WEB'],
      },
      NOTES,
      ALIASES,
    );
    expect(tagChoiceLine(choices)).toBe(
      'c++ (named in the title), rust (named in the title), llm (named in the title), machine learning (named in the description; named in the keywords), web (named in the article’s tags)',
    );
  });

  it('invents nothing: a page that names no tag of the site’s, of a new host, gets none', () => {
    expect(chooseTags('https://new.example/', { title: 'Gone fishing', keywords: ['boats'] }, NOTES, ALIASES)).toEqual(
      [],
    );
  });
});
