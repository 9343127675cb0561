import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { similarTags } from '@/lib/content/duplicates';
import { CLI_TIMEOUT, scratchNotes } from './scratch';

const check = (notesDir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], {
    env: { ...process.env, NOTES_DIR: notesDir },
    encoding: 'utf8',
  });

describe('npm run check', { timeout: CLI_TIMEOUT }, () => {
  it('prints one line per problem, every problem in one run, no stack trace, and exits 1', () => {
    const { status, stdout, stderr } = check('tests/fixtures/bad/many-problems');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      'tests/fixtures/bad/many-problems/bad-url.md: title: must be non-empty text (got ""); put it in quotes',
      'tests/fixtures/bad/many-problems/bad-url.md: url: must be an absolute http(s) URL (got "javascript:alert(1)")',
      'tests/fixtures/bad/many-problems/bad-url.md: date: is not a real calendar date (got "2025-13-01")',
      'tests/fixtures/bad/many-problems/no-front-matter.md: front matter: missing; a note starts with a "---" block holding title, url, tags and date',
      expect.stringMatching(/^4 problems in 2 files of .*many-problems; fix them and run again\.$/),
    ]);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a note whose front matter the parser and the checker would read differently', () => {
    // gray-matter ends front matter at a line starting with "---", so `draft: true` below
    // "----" would be lost and the draft published.
    const { status, stdout, stderr } = check('tests/fixtures/bad/dashes-in-front-matter');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')[0]).toBe(
      'tests/fixtures/bad/dashes-in-front-matter/early-end.md: front matter: line 6 ("----") starts with "---" but does not close the front matter; remove it, or close the front matter with a line "---" alone',
    );
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });

  it('names a missing folder in one line, and exits 1', () => {
    const { status, stderr } = check('tests/fixtures/no-such-folder');
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'tests/fixtures/no-such-folder: notes: no such folder (the notes are read from NOTES_DIR, else content/)',
      '1 problem in 1 file of tests/fixtures/no-such-folder; fix them and run again.',
    ]);
  });

  it('sums up a good folder and exits 0', () => {
    const { status, stdout } = check('tests/fixtures/site');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toBe('47 notes (1 draft, 1 unwritten left out), 22 tags: no problems.');
  });
});

describe('npm run check: duplicates', { timeout: CLI_TIMEOUT }, () => {
  // Each test works on its own copy of two fixture notes.
  const { folder, run } = scratchNotes(
    'tests/fixtures/aliases/second-note.md',
    'tests/fixtures/site/node-event-loop.md',
  );

  it('fails on two notes of one page, naming both files', () => {
    writeFileSync(
      path.join(folder.dir, 'again.md'),
      '---\ntitle: "Again"\nurl: "https://EXAMPLE.com:443/second/?utm_campaign=x#y"\ntags: [a]\ndate: 2025-01-01\n---\n',
    );
    const { status, stderr } = run('check');
    expect(status).toBe(1);
    const file = (name: string) => path.relative(process.cwd(), path.join(folder.dir, name));
    expect(stderr).toContain(
      `${file('second-note.md')}: url: notes the same page as ${file('again.md')} (https://example.com/second/?utm_campaign=x#y); merge the two notes`,
    );
  });

  it('warns, without failing, about tags that are probably one; --json says the same', () => {
    writeFileSync(
      path.join(folder.dir, 'plural.md'),
      '---\ntitle: "Plural"\nurl: https://example.com/p\ntags: [llms, nodejs, large language models]\ndate: 2025-01-01\n---\n',
    );
    const { status, stderr } = run('check');
    expect(status).toBe(0);
    const warnings = stderr.trim().split('\n');
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^warning: tags "llm" \(1 note\) and "llms" \(1 note\) look like one tag/),
        expect.stringMatching(/^warning: tags "large language model" .* and "large language models"/),
        expect.stringMatching(/^warning: tags "node.js" .* and "nodejs"/),
      ]),
    );
    const json = JSON.parse(run('check', '--json').stdout);
    expect(json).toMatchObject({ ok: true, problems: [], notes: 3 });
    expect(json.warnings).toHaveLength(3);
  });
});

describe('npm run check: unwritten notes', { timeout: CLI_TIMEOUT }, () => {
  it('passes, and lists the notes whose summary still holds the skeleton, left out; --json says the same', () => {
    const dir = 'tests/fixtures/unwritten';
    const { status, stdout, stderr } = check(dir);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toEqual([
      `3 unwritten notes: ${dir}/half-written.md, ${dir}/quoted.md, ${dir}/skeleton.md`,
      '2 notes (1 draft, 3 unwritten left out), 1 tag: no problems.',
    ]);
    const json = JSON.parse(check(dir, '--json').stdout);
    expect(json).toMatchObject({ ok: true, problems: [], warnings: [], notes: 2, drafts: 1 });
    expect(json.unwritten).toEqual([`${dir}/half-written.md`, `${dir}/quoted.md`, `${dir}/skeleton.md`]);
  });

  it('says "1 unwritten note" of one', () => {
    const { status, stdout } = check('tests/fixtures/site');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')[0]).toBe('1 unwritten note: tests/fixtures/site/unwritten-note.md');
  });
});

describe('similar tags', () => {
  it('do not confuse tags whose symbols differ', () => {
    const tag = (name: string) => ({ name, slug: name, count: 1 });
    expect(similarTags(['c++', 'c#', 'c', 'go', 'gos', 'class'].map(tag))).toEqual([
      'tags "go" (1 note) and "gos" (1 note) look like one tag; use one spelling, or map one to the other in tags.yml',
    ]);
  });
});

describe('similar tags at scale', () => {
  it('checks 10,000 tags without comparing each with every other', async () => {
    const { similarTags } = await import('@/lib/content/duplicates');
    const tag = (name: string) => ({ name, slug: name, count: 1 });
    const names = Array.from({ length: 10_000 }, (_, i) => `topic ${i}`);
    const warnings = similarTags([...names, 'topic-1', 'topic 2s'].map(tag));
    expect(warnings).toEqual([
      'tags "topic 1" (1 note) and "topic-1" (1 note) look like one tag; use one spelling, or map one to the other in tags.yml',
      'tags "topic 2" (1 note) and "topic 2s" (1 note) look like one tag; use one spelling, or map one to the other in tags.yml',
    ]);
  });
});
