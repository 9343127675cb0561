import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT } from './scratch';

const check = (notesDir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], {
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

  it('names a missing folder in one line', () => {
    const { status, stderr } = check('tests/fixtures/no-such-folder');
    expect(status).toBe(1);
    expect(stderr.trim()).toMatch(
      /no-such-folder: no such folder \(the notes are read from NOTES_DIR, else content\/\)$/,
    );
  });

  it('sums up a good folder and exits 0', () => {
    const { status, stdout } = check('tests/fixtures/site');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('46 notes (1 draft left out), 21 tags: no problems.');
  });
});
