// Edge cases found in review: each one wrote a note the check would reject, or lost data.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteSlug, today } from '../../lib/authoring';
import { readBookmarks } from '../../lib/bookmarks';
import { renderMarkdown } from '../../lib/markdown';
import { formatProblem, loadNotes } from '../../lib/notes';
import { normalizeUrl } from '../../lib/urls';
import { CLI_TIMEOUT, scratchNotes } from './scratch';

const { folder, run } = scratchNotes('tests/fixtures/aliases/second-note.md');

describe('authoring edge cases', { timeout: CLI_TIMEOUT }, () => {
  it('names a note whose title has no Latin letters after its URL', () => {
    expect(noteSlug('日本語', 'https://ja.example.org/kumihan')).toBe('ja-example-org-kumihan');
    expect(noteSlug('a'.repeat(100), 'https://x.example/')).toHaveLength(60);
  });

  it.each([
    ['東京', 'https://ja.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC', 'ja-wikipedia-org-wiki'],
    [undefined, 'https://xn--bcher-kva.de/%C3%BCber-uns', 'bucher-de-uber-uns'],
    [undefined, 'https://example.org/caf%C3%A9/100%', 'example-org-cafe-100'],
    ['東京', 'https://xn--wgv71a119e.jp/%E6%9D%B1%E4%BA%AC', 'jp-2025-08-05'],
  ])('makes a readable slug from what is readable: %s %s → %s', (title, url, slug) => {
    expect(noteSlug(title, url, '2025-08-05')).toBe(slug);
  });

  it('adds the date when the path has no readable words, and is the date when nothing is readable', () => {
    expect(noteSlug('東京', 'https://東京.example/東京', '2025-08-05')).toBe('example-2025-08-05');
    expect(noteSlug('東京', 'https://東京.テスト/東京', '2025-08-05')).toBe('note-2025-08-05');
    expect(noteSlug(undefined, 'https://www.example.org/')).toBe('example-org');
  });

  it('new spells a tag as the content already does when their addresses would clash', () => {
    const { status } = run('new', 'https://example.org/x', '--title', 'X', '--tags', 'Large-Language-Model, LLM');
    expect(status).toBe(0);
    expect(readFileSync(path.join(folder.dir, 'x.md'), 'utf8')).toContain('tags: ["large language model", "llm"]');
    expect(loadNotes(folder.dir).problems).toEqual([]);
  });

  it('import keeps a bookmark’s own description, survives a garbled date, drops invisible tags and keeps private bookmarks as drafts', () => {
    const { bookmarks } = readBookmarks(readFileSync('tests/fixtures/bookmarks/firefox.html', 'utf8'));
    expect(bookmarks.map((b) => [b.title, b.description, b.date, b.private])).toEqual([
      ['One', 'Desc of one', undefined, false],
      ['日本語のページ', '', undefined, true],
    ]);
    const { status, stdout } = run('import', 'tests/fixtures/bookmarks/firefox.html');
    expect(status).toBe(0);
    expect(stdout).toContain('imported 2 (1 private, as drafts)');
    const { library, problems } = loadNotes(folder.dir);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(library.drafts.map((note) => [note.slug, note.tags.map((t) => t.name)])).toEqual([
      ['ff-example-two', ['a']],
    ]);
    expect(library.notes.find((note) => note.slug === 'one')?.date).toBe(today());
  });

  it('import dates undated bookmarks by the export’s newest date, saying so, and refuses dates after tomorrow', () => {
    const { status, stdout, stderr } = run('import', 'tests/fixtures/bookmarks/dates.html');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(
      'tests/fixtures/bookmarks/dates.html (Netscape bookmark file): imported 5, skipped 0 as duplicates, skipped 1 as invalid',
    );
    const lines = stderr.trim().split('\n');
    for (const url of [
      'https://dates.example/zero',
      'https://dates.example/missing',
      'https://dates.example/garbled',
    ]) {
      expect(lines).toContain(
        `undated ${url}: no valid date in the export; dated 2021-06-01, the export's newest date`,
      );
    }
    expect(lines).toContain('skipped https://dates.example/future: date: 2100-01-01 is after tomorrow');
    const dates = Object.fromEntries(loadNotes(folder.dir).library.notes.map((note) => [note.url, note.date]));
    expect(dates).toMatchObject({
      'https://dates.example/old': '2020-01-01',
      'https://dates.example/zero': '2021-06-01',
      'https://dates.example/missing': '2021-06-01',
      'https://dates.example/garbled': '2021-06-01',
      'https://dates.example/newest': '2021-06-01',
    });
    expect(dates['https://dates.example/future']).toBeUndefined();
  });

  it('import dates bookmarks today when the export has no valid date at all, saying so', () => {
    const { status, stderr } = run('import', 'tests/fixtures/bookmarks/firefox.html');
    expect(status).toBe(0);
    expect(stderr).toContain(
      `undated https://ff.example/one: no valid date in the export, nor any other bookmark; dated ${today()}, today`,
    );
  });

  it('a missing content folder is one line, not a stack trace', () => {
    const { status, stderr } = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/new.ts', 'https://x.example/'],
      {
        env: { ...process.env, NOTES_DIR: path.join(folder.dir, 'missing') },
        encoding: 'utf8',
      },
    );
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('URL normalisation', () => {
  it.each([
    ['https://x.example/a?b=2&a=1', 'https://x.example/a?a=1&b=2'],
    ['https://x.example./a?_gl=1&ttclid=2&srsltid=3', 'https://x.example/a'],
    ['https://x.example/a#section', 'https://x.example/a'],
  ])('%s is the same page as %s', (a, b) => {
    expect(normalizeUrl(a)).toBe(normalizeUrl(b));
  });

  it('keeps single-page-app routes apart', () => {
    expect(normalizeUrl('https://app.example/#/inbox')).not.toBe(normalizeUrl('https://app.example/#/settings'));
  });
});

describe('content edge cases', () => {
  it('strips control characters that XML feeds cannot carry', () => {
    const { html, text } = renderMarkdown('- a\x0Bb\x1Bc');
    expect(html).toContain('abc');
    expect(text).toBe('abc');
  });

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
