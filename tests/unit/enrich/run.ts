// `npm run enrich` as a user runs it, in a scratch folder per test: the command runs in a child
// process, asynchronously, so that this process can serve it the local web of pages.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export type Run = { status: number; stdout: string; stderr: string };

/** A note's text: front matter with these fields (strings as JSON), then `summary`. */
export function noteText(fields: { title: string; url: string }, summary = '', extra = ''): string {
  return `---\ntitle: ${JSON.stringify(fields.title)}\nurl: ${JSON.stringify(fields.url)}\ntags: [reading]\ndate: 2024-05-06\n${extra}---\n${summary}`;
}

/** A fresh folder per test with `notes/` in it, and the command run against it. */
export function enrichScratch() {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'enrich-'));
    mkdirSync(path.join(dir, 'notes'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const notePath = (slug: string) => path.join(dir, 'notes', `${slug}.md`);
  const cachePath = () => path.join(dir, 'cache', 'pages.json');
  return {
    cachePath,
    write: (slug: string, text: string) => writeFileSync(notePath(slug), text),
    read: (slug: string) => readFileSync(notePath(slug), 'utf8'),
    /** Every note's text by file name, to compare a whole folder before and after. */
    snapshot: () =>
      Object.fromEntries(
        readdirSync(path.join(dir, 'notes'))
          .sort()
          .map((name) => [name, readFileSync(path.join(dir, 'notes', name), 'utf8')]),
      ),
    cacheExists: () => existsSync(cachePath()),
    run: (...args: string[]): Promise<Run> =>
      new Promise((resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'scripts/enrich.ts', '--cache', cachePath(), '--timeout', '5', '--pause', '0', ...args],
          { env: { ...process.env, NOTES_DIR: path.join(dir, 'notes') }, encoding: 'utf8' },
          (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
        );
      }),
  };
}
