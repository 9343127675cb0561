import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { scratchNotes } from './scratch';

describe('tag aliases (tags.yml)', () => {
  const { library, problems } = loadNotes('tests/fixtures/aliases');

  it('show only the canonical tags', () => {
    expect(problems).toEqual([]);
    expect(library.tags.map((tag) => [tag.name, tag.count])).toEqual([
      ['large language model', 2],
      ['llm', 2],
    ]);
    expect(library.notes[0].tags.map((tag) => tag.name)).toEqual(['large language model', 'llm']);
  });

  it('send the alias’s address on to the canonical tag', () => {
    const spellings = new Map(library.oldTagSpellings.map(({ spelling, tag }) => [spelling, tag.slug]));
    expect(spellings.get('large-language-models')).toBe('large-language-model');
    expect(spellings.get('large language models')).toBe('large-language-model');
    expect(spellings.get('llms')).toBe('llm');
    expect(spellings.get('LLMs')).toBe('llm');
  });

  it('an alias of an alias is an error naming the file and the alias', () => {
    expect(loadNotes('tests/fixtures/bad/alias-of-alias').problems.map(formatProblem)).toEqual([
      'tests/fixtures/bad/alias-of-alias/tags.yml: llms: points to "large language models", which is itself an alias; point it at "large language model"',
    ]);
  });

  it('a cycle is an error', () => {
    const lines = loadNotes('tests/fixtures/bad/alias-cycle').problems.map(formatProblem);
    expect(lines).toEqual([
      'tests/fixtures/bad/alias-cycle/tags.yml: ai: forms a cycle (ai → machine learning → ai); point each alias at a tag',
      'tests/fixtures/bad/alias-cycle/tags.yml: machine learning: forms a cycle (machine learning → ai → machine learning); point each alias at a tag',
    ]);
  });
});

describe('tag aliases against the notes', () => {
  const { folder } = scratchNotes('tests/fixtures/aliases/second-note.md');

  it('an alias whose address is a tag in use is an error; so is an alias listed twice', () => {
    writeFileSync(
      path.join(folder.dir, 'js.md'),
      '---\ntitle: "JS"\nurl: https://js.example/\ntags: [node.js]\ndate: 2025-01-01\n---\n',
    );
    writeFileSync(path.join(folder.dir, 'tags.yml'), 'node-js: javascript\nNode-JS: typescript\n');
    const lines = loadNotes(folder.dir).problems.map(formatProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/tags.yml: Node-JS: is listed twice, for "javascript" and "typescript"$/),
        expect.stringMatching(
          /tags.yml: node-js: has the address of the tag "node.js" that notes use; alias that tag instead$/,
        ),
      ]),
    );
  });
});
