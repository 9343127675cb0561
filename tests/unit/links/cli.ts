// `npm run check-links` as a user runs it, in a scratch folder per test: the command runs in a
// child process, asynchronously, so that this process can answer it from a local server.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export type Run = { status: number; stdout: string; stderr: string };

/** A fresh folder per test with `notes/` in it, and the command run against it. */
export function checkLinksScratch() {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'check-links-'));
    mkdirSync(path.join(dir, 'notes'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const notePath = (slug: string) => path.join(dir, 'notes', `${slug}.md`);
  const cachePath = () => path.join(dir, 'cache', 'links.json');
  return {
    notePath,
    cachePath,
    notesDir: () => path.join(dir, 'notes'),
    /** Writes the note `slug` with this text and returns the text. */
    write: (slug: string, text: string) => {
      writeFileSync(notePath(slug), text);
      return text;
    },
    read: (slug: string) => readFileSync(notePath(slug), 'utf8'),
    /** Writes the cache file as an earlier run would have left it. */
    writeCache: (links: Record<string, object>) => {
      mkdirSync(path.dirname(cachePath()), { recursive: true });
      writeFileSync(cachePath(), JSON.stringify({ version: 1, links }));
    },
    run: (...args: string[]): Promise<Run> =>
      new Promise((resolve) => {
        execFile(
          process.execPath,
          [
            '--import',
            'tsx',
            'scripts/check-links.ts',
            '--cache',
            cachePath(),
            // A limit for an answer that never comes, not a budget: no test waits it out, and on a
            // busy machine (load 25) this process's own server answered a probe later than 2 s.
            '--timeout',
            '30',
            '--pause',
            '0',
            ...args,
          ],
          { env: { ...process.env, NOTES_DIR: path.join(dir, 'notes') }, encoding: 'utf8' },
          (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
        );
      }),
  };
}
