import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteSlug, today } from '@/lib/authoring';
import { readBookmarks } from '@/lib/bookmarks';
import { loadNotes } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { renderSummary } from '@/lib/content/summary';
import { CLI_TIMEOUT, scratchNotes } from './scratch';

// Each test works on its own copy of two fixture notes.
const { folder, run } = scratchNotes('tests/fixtures/aliases/second-note.md', 'tests/fixtures/site/node-event-loop.md');
const files = () => readdirSync(folder.dir).sort();
const expectValid = () => expect(loadNotes(folder.dir).problems.map(formatProblem)).toEqual([]);

describe('npm run new', { timeout: CLI_TIMEOUT }, () => {
  it('writes a valid note named after the title and prints its path', () => {
    const { status, stdout } = run(
      'new',
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
    const note = loadNotes(folder.dir).library.notes.find((n) => n.slug === 'a-quoted-title');
    expect(note).toMatchObject({ title: 'A “quoted”: title', url: 'https://example.org/post', date: '2025-08-05' });
    expect(note?.tags.map((tag) => tag.name)).toEqual(['rust', 'web perf']);
    expect(readFileSync(path.join(folder.dir, 'a-quoted-title.md'), 'utf8')).toContain('- **What it is:**');
  });

  it('names a note without a title after the URL’s host and path, dated today', () => {
    const { status, stdout } = run('new', 'https://www.example.org/blog/2025/hello-world/');
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
    const { status, stderr } = run('new', 'https://example.org/new', '--title', 'Second note');
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
    [[], 'new: a URL is needed; usage: npm run new -- <url> [--title "…"] [--tags "a, b"] [--date YYYY-MM-DD]'],
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
    const { status } = run('new', 'https://example.org/x', '--title', 'X', '--tags', 'Large-Language-Model, LLM');
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

describe('npm run import', { timeout: CLI_TIMEOUT }, () => {
  it('imports a Netscape bookmark file: tags, folders, dates, descriptions; skips what it must, saying why', () => {
    const { status, stdout, stderr } = run('import', 'tests/fixtures/bookmarks/netscape.html', '--folders-as-tags');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(
      'tests/fixtures/bookmarks/netscape.html (Netscape bookmark file): imported 4, skipped 1 as duplicates, skipped 2 as invalid',
    );
    expect(stderr).toContain('skipped javascript:alert(1): not an http(s) URL');
    expect(stderr).toContain('skipped place:sort=8: not an http(s) URL');
    expect(stderr).toMatch(/skipped https:\/\/example.org\/a\/: already noted in .*example-a.md \(from this import\)/);
    expectValid();
    const notes = loadNotes(folder.dir).library.notes;
    const first = notes.find((note) => note.url === 'https://example.org/a?utm_source=x');
    expect(first).toMatchObject({ title: 'Example <A>', date: '2023-11-14' });
    expect(first?.tags.map((tag) => tag.name)).toEqual(['rust', 'web performance', 'dev & tools']);
    expect(first && renderSummary(first).text).toBe('Saved with: A description with *stars* and html');
    // Same title twice: the second file gets a suffix; a bookmark with no tags gets --tag's.
    const second = notes.find((note) => note.url === 'https://example.org/c');
    expect(second?.slug).toBe('example-a-2');
    expect(second?.tags.map((tag) => tag.name)).toEqual(['imported']);
    expect(notes.find((note) => note.title === 'Millis')?.date).toBe('2023-11-14');
  });

  it('skips a URL already noted in the content folder, in another spelling', () => {
    writeFileSync(
      path.join(folder.dir, 'known.md'),
      '---\ntitle: "Known"\nurl: https://EXAMPLE.org/b/\ntags: [a]\ndate: 2025-01-01\n---\n',
    );
    const { stdout, stderr } = run('import', 'tests/fixtures/bookmarks/netscape.html');
    expect(stdout).toContain('imported 3, skipped 2 as duplicates, skipped 2 as invalid');
    expect(stderr).toMatch(/skipped https:\/\/example.org\/b: already noted in .*known.md/);
    expectValid();
  });

  it('imports a Pinboard JSON export, and skips file: URLs', () => {
    const { status, stdout, stderr } = run(
      'import',
      'tests/fixtures/bookmarks/pinboard.json',
      '--tag',
      'from pinboard',
    );
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(
      'tests/fixtures/bookmarks/pinboard.json (Pinboard JSON): imported 2, skipped 0 as duplicates, skipped 1 as invalid',
    );
    expect(stderr).toContain('skipped file:///etc/passwd: not an http(s) URL');
    expectValid();
    const notes = loadNotes(folder.dir).library.notes;
    const one = notes.find((note) => note.title === 'Pinboard one');
    expect(one?.tags.map((tag) => tag.name)).toEqual(['databases', 'postgres']);
    expect(one?.date).toBe('2021-03-04');
    expect(one && renderSummary(one).text).toBe('Saved with: Saved for later: <tables> & `code`');
    const two = notes.find((note) => note.url === 'https://pinboard.example/two');
    expect(two?.slug).toBe('pinboard-example-two');
    expect(two?.tags.map((tag) => tag.name)).toEqual(['from pinboard']);
  });

  it('--dry-run reports and writes nothing', () => {
    const before = files();
    const { status, stdout } = run('import', 'tests/fixtures/bookmarks/netscape.html', '--dry-run');
    expect(status).toBe(0);
    expect(stdout).toContain('would import 4');
    expect(files()).toEqual(before);
  });

  it.each([
    ['truncated.html', 'a Netscape bookmark file, but it holds no bookmarks'],
    ['broken.json', 'looks like JSON but is not valid'],
    ['links.csv', 'not a bookmark export: expected a Netscape bookmark file (HTML) or a Pinboard JSON export'],
    ['no-such-file.html', 'cannot read'],
  ])('%s: a clear error, nothing written', (name, message) => {
    const before = files();
    const { status, stdout, stderr } = run('import', `tests/fixtures/bookmarks/${name}`);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`tests/fixtures/bookmarks/${name}: ${message}`);
    expect(files()).toEqual(before);
  });

  it('imports 5,000 bookmarks into notes that all pass the check', () => {
    const entries = Array.from(
      { length: 5000 },
      (_, i) =>
        `<DT><A HREF="https://bulk.example/${i}?utm_source=x" ADD_DATE="${1600000000 + i * 3600}" TAGS="bulk,tag ${i % 40},C++">Bulk bookmark ${i % 1000}</A>\n<DD>Description ${i}`,
    );
    const source = path.join(folder.dir, '..', `${path.basename(folder.dir)}-bulk.html`);
    writeFileSync(source, `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n${entries.join('\n')}\n</DL><p>\n`);
    const started = performance.now();
    const { status, stdout } = run('import', source);
    const seconds = (performance.now() - started) / 1000;
    rmSync(source);
    expect(status).toBe(0);
    expect(stdout).toContain('imported 5000, skipped 0 as duplicates, skipped 0 as invalid');
    console.log(`import: 5,000 bookmarks in ${seconds.toFixed(1)} s`);
    expect(files()).toHaveLength(5002);
    expectValid();
  }, 60_000);

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
});
