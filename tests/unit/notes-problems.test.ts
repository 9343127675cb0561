// Bad notes: each problem is one precise line naming the file and the field, all of them in one run.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { type ContentProblem, formatProblem } from '@/lib/content/problems';
import { fixture } from './fixture-notes';

const bad = (name: string) => loadNotes(fixture(`bad/${name}`)).problems;

/** Asserts exactly one problem, on this file and field, whose message matches. */
function expectOneProblem(problems: ContentProblem[], file: string, field: string, message: RegExp) {
  expect(problems.map(formatProblem)).toHaveLength(1);
  const [problem] = problems;
  expect(problem.file).toBe(path.join('tests/fixtures/bad', file));
  expect(problem.field).toBe(field);
  expect(problem.message).toMatch(message);
  expect(formatProblem(problem)).toBe(`${problem.file}: ${field}: ${problem.message}`);
  expect(formatProblem(problem)).not.toContain('\n');
}

describe('bad input: one precise line per problem', () => {
  it.each([
    ['no-front-matter', 'plain-note.md', 'front matter', /missing/],
    ['malformed-yaml', 'broken-yaml.md', 'front matter', /invalid YAML/],
    ['missing-title', 'no-title.md', 'title', /missing/],
    ['empty-title', 'empty-title.md', 'title', /non-empty/],
    ['missing-url', 'no-url.md', 'url', /missing/],
    ['relative-url', 'relative-url.md', 'url', /absolute http\(s\) URL \(got "\/just\/a\/path"\)/],
    ['javascript-url', 'javascript-url.md', 'url', /absolute http\(s\) URL \(got "javascript:alert\(1\)"\)/],
    ['data-url', 'data-url.md', 'url', /got "data:text\/html/],
    ['ftp-url', 'ftp-url.md', 'url', /got "ftp:\/\/example.com/],
    ['missing-tags', 'no-tags.md', 'tags', /missing/],
    ['empty-tags', 'empty-tags.md', 'tags', /at least one tag/],
    ['tags-not-list', 'tags-string.md', 'tags', /must be a YAML list .*got "llm, hardware"/],
    ['blank-tag', 'blank-tag.md', 'tags', /tag 2 must be non-empty/],
    ['missing-date', 'no-date.md', 'date', /missing/],
    ['impossible-date', 'february-30.md', 'date', /not a real calendar date \(got "2025-02-30"\)/],
    ['not-a-date', 'yesterday.md', 'date', /YYYY-MM-DD \(got "yesterday"\)/],
    ['draft-not-boolean', 'draft-yes.md', 'draft', /true or false \(got "yes"\)/],
    ['dead-not-a-date', 'dead-words.md', 'dead', /YYYY-MM-DD \(got "last week"\)/],
    ['dead-in-future', 'dead-2999.md', 'dead', /in the future; .*\(got "2999-01-01"\)/],
    ['bad-file-name', 'My Note.md', 'file name', /lowercase ASCII .*got "My Note.md"/],
    ['empty-file', 'empty.md', 'file', /is empty/],
    ['unknown-field', 'typo.md', 'darft', /unknown field; a note has title, url, tags, date, draft, dead/],
    ['unclosed-front-matter', 'unclosed.md', 'front matter', /not closed/],
    ['dashes-in-front-matter', 'early-end.md', 'front matter', /^line 6 \("----"\) starts with "---"/],
    ['numeric-tag', 'number-tag.md', 'tags', /tag 2 must be text; write it in quotes \("7"\)/],
    ['multiline-title', 'block-title.md', 'title', /one line/],
    ['invisible-tag', 'zero-width.md', 'tags', /tag 2 must be non-empty text/],
    [
      'hash-in-title',
      'hash-in-title.md',
      'title',
      /^put the title in quotes \("C# in depth #1"\); unquoted, its " #" starts a YAML comment and it reads "C# in depth"$/,
    ],
    [
      'colon-in-title',
      'colon-in-title.md',
      'title',
      /^put the title in quotes \("Rust: the book"\); unquoted, its ": " starts a YAML mapping$/,
    ],
  ])('%s', (folder, file, field, message) => {
    expectOneProblem(bad(folder), path.join(folder, file), field, message);
  });

  it('two tags with one slug: names both tags and both files', () => {
    const problems = bad('slug-collision');
    expect(problems).toHaveLength(1);
    const line = formatProblem(problems[0]);
    expect(line).toContain('tests/fixtures/bad/slug-collision/b-other-note.md: tags:');
    expect(line).toContain('"c plus plus"');
    expect(line).toContain('"c++"');
    expect(line).toContain('slug-collision/a-cpp-note.md');
    expect(line).toContain('"c-plus-plus"');
  });

  it('two tags with one slug in a single note are caught too', () => {
    const [problem, ...rest] = bad('slug-collision-in-one-note');
    expect(rest).toEqual([]);
    expect(formatProblem(problem)).toMatch(
      /one-note.md: tags: "c plus plus" and "c\+\+" .* share the URL slug "c-plus-plus"/,
    );
  });

  it('a folder with nothing published is a site with no notes yet, not a problem', () => {
    const { problems, library } = loadNotes(fixture('only-drafts'));
    expect(problems).toEqual([]);
    expect(library.notes).toEqual([]);
    expect(library.tags).toEqual([]);
    expect(library.drafts.map((note) => note.slug)).toEqual(['just-a-draft']);
  });

  it('reports every problem of every file in one run, and keeps the good notes', () => {
    const { problems, library } = loadNotes(fixture('bad/many-problems'));
    expect(problems.map((p) => `${path.basename(p.file)} ${p.field}`).sort()).toEqual([
      'bad-url.md date',
      'bad-url.md title',
      'bad-url.md url',
      'no-front-matter.md front matter',
    ]);
    expect(library.notes.map((note) => note.slug)).toEqual(['good-note']);
  });
});
