import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'files-'));
  writeFileSync(path.join(dir, 'good.md'), note());
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function note(frontMatter = 'title: A note') {
  return `---\n${frontMatter}\nurl: https://example.com/\ntags: [web]\ndate: 2025-01-01\n---\nFine.\n`;
}

/** The problems of the folder, each line with the folder's path replaced by `content`. */
function problemLines(): string[] {
  const { problems, library } = loadNotes(dir);
  expect(library.notes.map((n) => n.slug)).toContain('good');
  return problems.map(formatProblem).map((line) => line.replaceAll(path.relative(process.cwd(), dir), 'content'));
}

// Each was read as nothing at all, or garbled, without a word (issue 14).
describe('files that look like notes are reported, one line each', () => {
  it.each([
    [
      'a .markdown file',
      () => writeFileSync(path.join(dir, 'foo.markdown'), note()),
      'content/foo.markdown: file name: is not read; notes end in .md — rename it to foo.md',
    ],
    [
      'an .mdx file',
      () => writeFileSync(path.join(dir, 'foo.mdx'), note()),
      'content/foo.mdx: file name: is not read; notes end in .md — rename it to foo.md',
    ],
    [
      'a .txt file with front matter',
      () => writeFileSync(path.join(dir, 'foo.txt'), note()),
      'content/foo.txt: file name: is not read but starts with front matter; notes end in .md — rename it to foo.md',
    ],
    [
      'note.MD',
      () => writeFileSync(path.join(dir, 'note.MD'), note()),
      'content/note.MD: file name: is not read; notes end in .md — rename it to note.md',
    ],
    [
      '"note.md " with a trailing space',
      () => writeFileSync(path.join(dir, 'note.md '), note()),
      'content/note.md : file name: is not read; notes end in .md — rename it to note.md',
    ],
    [
      'a folder named foo.md',
      () => mkdirSync(path.join(dir, 'foo.md')),
      'content/foo.md: file: is a folder, not a note; rename or remove it',
    ],
    [
      'a note in a subfolder',
      () => {
        mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
        writeFileSync(path.join(dir, 'sub', 'deeper', 'x.md'), note());
      },
      'content/sub/deeper/x.md: file: is not read; notes are read only from content itself — move it there',
    ],
    [
      'a dangling symlink',
      () => symlinkSync('nowhere.md', path.join(dir, 'x.md')),
      'content/x.md: file: is a symlink to nothing; point it at a note file or remove it',
    ],
    [
      'a symlink loop',
      () => symlinkSync('x.md', path.join(dir, 'x.md')),
      'content/x.md: file: is a symlink loop; point it at a note file or remove it',
    ],
    [
      'a file that is not UTF-8',
      () =>
        writeFileSync(
          path.join(dir, 'latin.md'),
          Buffer.concat([Buffer.from(note('title: Caf')), Buffer.from([0xe9])]),
        ),
      `content/latin.md: file: is not valid UTF-8 text (byte ${Buffer.byteLength(note('title: Caf')) + 1}); save it as UTF-8`,
    ],
    [
      'an unknown YAML tag',
      () => writeFileSync(path.join(dir, 'x.md'), note('title: !custom A note')),
      'content/x.md: front matter: unknown YAML tag "!custom"; remove it, a note holds plain YAML values',
    ],
    [
      'a JavaScript YAML tag',
      () => writeFileSync(path.join(dir, 'x.md'), note('title: !!js/function A')),
      'content/x.md: front matter: unknown YAML tag "!!js/function"; remove it, a note holds plain YAML values',
    ],
  ])('%s', (_, make, line) => {
    make();
    expect(problemLines()).toEqual([line]);
  });

  it('leaves tags.yml, dotfiles, other files and a U+FFFD written as UTF-8 alone', () => {
    writeFileSync(path.join(dir, 'tags.yml'), 'ml: machine learning\n');
    writeFileSync(path.join(dir, '.gitkeep'), '');
    writeFileSync(path.join(dir, 'notes.txt'), 'Not a note.\n');
    mkdirSync(path.join(dir, 'images'));
    writeFileSync(path.join(dir, 'images', 'a.png'), '');
    writeFileSync(path.join(dir, 'replacement.md'), note('title: "A \uFFFD"'));
    expect(problemLines()).toEqual([]);
  });
});

describe('hosts', () => {
  it('shows an international host in Unicode, not punycode', () => {
    writeFileSync(path.join(dir, 'books.md'), note().replace('https://example.com/', 'https://www.xn--bcher-kva.de/'));
    const books = loadNotes(dir).library.notes.find((n) => n.slug === 'books');
    expect(books?.hostname).toBe('bücher.de');
  });
});
