import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteSlug, pageTitle } from '@/lib/authoring';
import { loadNotes } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { CLI_TIMEOUT, scratchNotes } from './scratch';

// Each test works on its own copy of two fixture notes.
const { folder, run } = scratchNotes('tests/fixtures/aliases/second-note.md', 'tests/fixtures/site/node-event-loop.md');
const files = () => readdirSync(folder.dir).sort();
const expectValid = () => expect(loadNotes(folder.dir).problems.map(formatProblem)).toEqual([]);

describe('npm run new', { timeout: CLI_TIMEOUT }, () => {
  it('writes a valid note named after the title and prints its path', () => {
    const { status, stdout } = run(
      'new',
      '--offline',
      'https://example.org/post',
      '--title',
      'A “quoted”: title',
      '--tags',
      'rust, Web Perf',
      '--date',
      '2025-08-05',
    );
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(path.relative(process.cwd(), path.join(folder.dir, 'a-quoted-title.md')));
    expectValid();
    // Its summary is the skeleton to fill in: the note is unwritten until then.
    const note = loadNotes(folder.dir).library.unwritten.find((n) => n.slug === 'a-quoted-title');
    expect(note).toMatchObject({ title: 'A “quoted”: title', url: 'https://example.org/post', date: '2025-08-05' });
    expect(note?.tags.map((tag) => tag.name)).toEqual(['rust', 'web perf']);
    expect(readFileSync(path.join(folder.dir, 'a-quoted-title.md'), 'utf8')).toContain('- **What it is:**');
  });

  it('names a note without a title after the URL’s host and path, dated today', () => {
    const { status, stdout } = run('new', '--offline', 'https://www.example.org/blog/2025/hello-world/');
    expect(status).toBe(0);
    expect(path.basename(stdout.trim())).toBe('example-org-blog-2025-hello-world.md');
    expectValid();
  });

  it.each([
    'https://example.com/first',
    'HTTPS://EXAMPLE.COM/first',
    'https://example.com:443/first/',
    'https://example.com/first#top',
    'https://example.com/first?utm_source=feed&utm_medium=rss',
    'https://example.com/first?fbclid=abc',
  ])('refuses %s: the same page is noted already', (url) => {
    writeFileSync(
      path.join(folder.dir, 'first.md'),
      '---\ntitle: "First"\nurl: https://example.com/first\ntags: [a]\ndate: 2025-01-01\n---\n',
    );
    const before = files();
    const { status, stderr } = run('new', url, '--title', 'Another');
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(
      `new: url: already noted in ${path.relative(process.cwd(), path.join(folder.dir, 'first.md'))}`,
    );
    expect(files()).toEqual(before);
  });

  it('refuses to overwrite an existing file, naming it', () => {
    const before = readFileSync(path.join(folder.dir, 'second-note.md'), 'utf8');
    const { status, stderr } = run('new', '--offline', 'https://example.org/new', '--title', 'Second note');
    expect(status).toBe(1);
    expect(stderr).toContain('second-note.md exists already');
    expect(readFileSync(path.join(folder.dir, 'second-note.md'), 'utf8')).toBe(before);
  });

  it.each([
    [['javascript:alert(1)'], 'new: url: must be an absolute http(s) URL (got "javascript:alert(1)")'],
    [
      ['https://example.org/x', '--date', '2025-02-30'],
      'new: date: must be a real date as YYYY-MM-DD (got "2025-02-30")',
    ],
    [['https://example.org/x', '--date', 'tomorrow'], 'new: date: must be a real date as YYYY-MM-DD (got "tomorrow")'],
    [
      [],
      'new: a URL is needed; usage: npm run new -- <url> [--title "…"] [--tags "a, b"] [--date YYYY-MM-DD] [--offline] [--draft-summary] [--timeout seconds]',
    ],
  ])('%j: one clear line, exit 1, nothing written', (args, message) => {
    const before = files();
    const { status, stderr } = run('new', ...args);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(message);
    expect(files()).toEqual(before);
  });

  it('names a note whose title has no Latin letters after its URL', () => {
    expect(noteSlug('日本語', 'https://ja.example.org/kumihan')).toBe('ja-example-org-kumihan');
    expect(noteSlug('a'.repeat(100), 'https://x.example/')).toHaveLength(60);
  });

  it('new spells a tag as the content already does when their addresses would clash', () => {
    const { status } = run(
      'new',
      '--offline',
      'https://example.org/x',
      '--title',
      'X',
      '--tags',
      'Large-Language-Model, LLM',
    );
    expect(status).toBe(0);
    expect(readFileSync(path.join(folder.dir, 'x.md'), 'utf8')).toContain('tags: ["large language model", "llm"]');
    expect(loadNotes(folder.dir).problems).toEqual([]);
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

describe('readable slugs and bookmark dates', { timeout: CLI_TIMEOUT }, () => {
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
});

describe('a page’s title as a note’s title', () => {
  it('is one line, within the check’s length, cut at a word; nothing left is no title', () => {
    expect(pageTitle('Tab\there,\u0007 bell')).toBe('Tab here, bell');
    expect(pageTitle(' \u0000 ')).toBeUndefined();
    expect(pageTitle(undefined)).toBeUndefined();
    expect(pageTitle('é'.repeat(500))).toBe('é'.repeat(500));
    expect(pageTitle(`${'word '.repeat(100)}ending`)).toBe(`${'word '.repeat(99).trim()}…`);
    expect(pageTitle('x'.repeat(600))).toBe(`${'x'.repeat(499)}…`);
  });
});
