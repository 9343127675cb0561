// `next build` is the whole build, however it is started: bare `npx next build` makes the very
// site `npm run build` makes, stops on a bad note with one line per problem, and builds a site
// with no notes yet.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../built-site';
import { FIXTURE_NOTES, fixtureSite } from '../sites';

const work = 'tests/.artifacts/next-build';

/** Runs a build command on the notes in `notes`, exporting into `out` (under `work`). */
function build(command: 'npx next build' | 'npm run build', notes: string, out: string) {
  const [file, ...args] = command.split(' ');
  const { status, stdout, stderr } = spawnSync(file, args, {
    env: { ...process.env, NOTES_DIR: notes, OUT_DIR: path.join(work, out), NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status, output: `${stdout}\n${stderr}`, stderr };
}

/** Every file under `dir` (relative paths, sorted) with its bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(dir, file))]));
}

beforeAll(() => rmSync(work, { recursive: true, force: true }));

describe('npx next build and npm run build', () => {
  // The bare build is the fixture site the browser tests serve (tests/sites.ts): built once.
  let bare: BuiltSite;
  let npm: ReturnType<typeof build>;
  beforeAll(async () => {
    bare = await fixtureSite();
    npm = build('npm run build', FIXTURE_NOTES, 'npm');
  });

  it('both build the site', () => {
    expect(npm.status, npm.output).toBe(0);
  });

  it('write the same files, byte for byte', () => {
    const [a, b] = [filesOf(bare.out), filesOf(path.join(work, 'npm'))];
    expect([...a.keys()]).toEqual([...b.keys()]);
    const different = [...a].filter(([name, bytes]) => !bytes.equals(b.get(name) ?? Buffer.alloc(0))).map(([n]) => n);
    expect(different).toEqual([]);
  });

  it('leave no framework script, and add the search index, the /add/ script and the old tag links', () => {
    const files = [...filesOf(bare.out).keys()];
    expect(files.filter((file) => file.startsWith('_next') && file.endsWith('.js'))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.txt'))).toEqual([]);
    for (const page of files.filter((file) => file.endsWith('.html'))) {
      const { document } = new JSDOM(readFileSync(path.join(bare.out, page), 'utf8')).window;
      expect([...document.scripts].filter((script) => !script.hasAttribute('data-keep')).length, page).toBe(0);
    }
    expect(files).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'add.js', 'tag/web performance/index.html']));
  });

  it('leave the draft and the unwritten note out of pages, feeds, sitemap and search, and say so', () => {
    expect(bare.output).toContain('1 unwritten note: tests/fixtures/site/unwritten-note.md');
    expect(bare.output).toContain('47 notes (1 draft, 1 unwritten left out), 22 tags: no problems.');
    const { out } = bare;
    const files = [...filesOf(out).keys()];
    expect(files.filter((file) => /secret-draft|unwritten/.test(file))).toEqual([]);
    const leftOut = /secret-draft|A draft that must not|unwritten-note|An unwritten note|example\.com\/unwritten/;
    for (const file of ['feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'add/notes.json', 'tags/index.html']) {
      expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(leftOut);
    }
    // Pagefind's records, one gzipped fragment per indexed note page.
    const records = files
      .filter((file) => file.startsWith('pagefind/fragment/'))
      .map((file) => gunzipSync(readFileSync(path.join(out, file))).toString('utf8'));
    expect(records).toHaveLength(47);
    expect(records.filter((record) => leftOut.test(record))).toEqual([]);
  });
});

describe('a bad note', () => {
  it.each(['npx next build', 'npm run build'] as const)(
    '%s: one line per problem naming file and field, exit code 1, no stack trace',
    (command) => {
      const { status, output, stderr } = build(command, 'tests/fixtures/bad/many-problems', 'bad');
      expect(status).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        'tests/fixtures/bad/many-problems/bad-url.md: title: must be non-empty text (got ""); put it in quotes',
        'tests/fixtures/bad/many-problems/bad-url.md: url: must be an absolute http(s) URL (got "javascript:alert(1)")',
        'tests/fixtures/bad/many-problems/bad-url.md: date: is not a real calendar date (got "2025-13-01")',
        'tests/fixtures/bad/many-problems/no-front-matter.md: front matter: missing; a note starts with a "---" block holding title, url, tags and date',
        '4 problems in 2 files of tests/fixtures/bad/many-problems; fix them and run again.',
      ]);
      expect(output).not.toMatch(/^\s+at |Error:|\{$/m);
    },
  );
});

describe('a site with no notes yet', () => {
  const notes = path.join(work, 'no-notes');
  let built: ReturnType<typeof build>;
  const out = path.join(work, 'empty');
  beforeAll(() => {
    mkdirSync(notes, { recursive: true });
    built = build('npx next build', notes, 'empty');
  });

  it('builds, and its home page says how to add the first note', () => {
    expect(built.status, built.output).toBe(0);
    const { document } = new JSDOM(readFileSync(path.join(out, 'index.html'), 'utf8')).window;
    const guide = document.querySelector('main')?.textContent ?? '';
    expect(guide).toContain('No notes yet');
    expect(guide).toContain('npm run new -- https://example.com/page');
    expect(guide).toContain('npm run import -- bookmarks.html');
    expect(document.querySelector('main a[href$="/add/"]')?.textContent).toBe('add page');
  });

  it('has empty, valid feeds and sitemap, and no placeholder pages', () => {
    const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
    expect(parseRssFeed(read('feed.xml')).items ?? []).toEqual([]);
    expect(parseAtomFeed(read('atom.xml')).entries ?? []).toEqual([]);
    // JSON Feed 1.1 requires `items`, empty or not; feedsmith reads an empty one as none.
    expect(parseJsonFeed(read('feed.json')).items ?? []).toEqual([]);
    expect(JSON.parse(read('feed.json')).items).toEqual([]);
    const sitemap = new new JSDOM('').window.DOMParser().parseFromString(read('sitemap.xml'), 'application/xml');
    expect(sitemap.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(
      [...sitemap.getElementsByTagName('loc')].map((loc) => new URL(loc.textContent ?? '').pathname),
    ).not.toContain(expect.stringMatching(/\/(note|tag)\//));
    const files = [...filesOf(out).keys()];
    expect(files.filter((file) => /^(note|tag)\//.test(file))).toEqual([]);
  });

  it('stops with one line when the content folder does not exist', () => {
    const { status, stderr } = build('npx next build', path.join(work, 'no-such-folder'), 'missing');
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')[0]).toBe(
      `${path.join(work, 'no-such-folder')}: notes: no such folder (the notes are read from NOTES_DIR, else content/)`,
    );
  });
});
