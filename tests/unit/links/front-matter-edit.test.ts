// `--fix-moved` and `--mark` on every way YAML lets a front matter be written (the files in
// tests/fixtures/front-matter/, each also with CRLF and lone-CR line endings): the one field changes,
// the note reads back as before otherwise, and every other byte stays.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitNote } from '@/lib/content/front-matter';
import { rewriteNoteUrl } from '@/lib/links/fix-moved';
import { markNote } from '@/lib/links/mark';

const FORMS = 'tests/fixtures/front-matter';
const FROM = 'https://old.example/post';
// Redirect targets a server chose: YAML flow syntax in them must stay part of the URL.
const TARGETS = [
  "https://new.example/new-f,'draft':true",
  "https://new.example/a,'tags':[x]",
  'https://new.example/n%C3%BC/%E6%97%A5#section-3',
];
const ENDINGS = { LF: '\n', CRLF: '\r\n', CR: '\r' };

/** The note as the project's parser reads it; fails the test when it cannot. */
function read(text: string | undefined) {
  const problems: string[] = [];
  const split = splitNote(text ?? '', (field, message) => problems.push(`${field}: ${message}`));
  if (split === undefined || problems.length > 0) throw new Error(`does not read: ${problems.join('; ')}`);
  return split;
}

/** What differs between two texts: the part of `before` replaced, and by what. */
function changed(before: string, after: string) {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before.at(-1 - end) === after.at(-1 - end)) end++;
  return { removed: before.slice(start, before.length - end), added: after.slice(start, after.length - end) };
}

const forms = readdirSync(FORMS).filter((name) => name.endsWith('.md'));
const cases = forms.flatMap((name) =>
  Object.entries(ENDINGS).map(([ending, eol]): [string, string] => [
    `${name}, ${ending}`,
    readFileSync(path.join(FORMS, name), 'utf8').replaceAll('\n', eol),
  ]),
);

describe.each(cases)('%s', (_name, note) => {
  it('--fix-moved changes the url alone, whatever the target holds', () => {
    const before = read(note);
    for (const to of TARGETS) {
      const rewritten = rewriteNoteUrl(note, FROM, to);
      expect(read(rewritten)).toEqual({ ...before, data: { ...before.data, url: to } });
      // The bytes replaced are the url's value (and a block scalar's header), never another field.
      expect(changed(note, rewritten ?? '').removed).not.toMatch(/title|tags|date|---/);
    }
  });

  it('--mark adds dead: and nothing else; clearing it gives back every byte', () => {
    const marked = markNote(note, '2026-11-19');
    const before = read(note);
    expect(read(marked)).toEqual({ ...before, data: { ...before.data, dead: '2026-11-19' } });
    const { removed, added } = changed(note, marked ?? '');
    expect(removed).toBe('');
    expect(added.trim()).toMatch(/^(?:,\s*)?dead: 2026-11-19$/);
    expect(markNote(marked ?? '', null)).toBe(note);
  });
});

describe('edits of front matter', () => {
  const block = readFileSync(path.join(FORMS, 'block.md'), 'utf8');

  it('rewrites each of two byte-identical notes (gray-matter caches what it parsed without options)', () => {
    // A text no other test has edited, so that the first edit is this test's own.
    const note = block.replace('a post', 'a post, twice');
    const first = markNote(note, '2026-11-19');
    expect(first).toContain('dead: 2026-11-19');
    expect(markNote(note, '2026-11-19')).toBe(first);
  });

  it('keeps the indent of a block scalar written with four spaces (issue 31)', () => {
    const four = readFileSync(path.join(FORMS, 'folded-four.md'), 'utf8');
    expect(rewriteNoteUrl(four, FROM, 'https://new.example/post')).toBe(
      four.replace('    https://old.example/post', '    https://new.example/post'),
    );
  });

  it('refuses to clear a dead: whose anchor another field uses, saying why', () => {
    const anchored = '---\ntitle: A\nurl: https://old.example/post\ntags: [a]\ndead: &d 2025-01-02\ndate: *d\n---\n';
    expect(() => markNote(anchored, null)).toThrow(
      'dead: carries the anchor &d, which *d uses; write that value out in its place and run again',
    );
  });

  it('refuses a front matter that mixes line endings, saying why', () => {
    const mixed = block.replace('\n', '\r\n');
    expect(() => markNote(mixed, '2026-11-19')).toThrow(
      'the front matter mixes line endings (LF and CRLF); save the file with one kind and run again',
    );
  });

  it('leaves a note whose url is no longer the one checked, and one already marked', () => {
    expect(rewriteNoteUrl(block.replace(FROM, 'https://elsewhere.example/'), FROM, TARGETS[0])).toBeUndefined();
    const marked = markNote(block, '2026-10-01') ?? '';
    expect(markNote(marked, '2026-11-19')).toBeUndefined();
    expect(markNote(block, null)).toBeUndefined();
  });
});
