// Nothing lost under a kill (issue 31): an import killed at any moment leaves only complete notes,
// a second run completes the set, and a note a crash cut short (from an older version, or a full
// disk) is named by every command that writes notes, never written around.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { problemsOfNote } from '@/lib/content/note';
import { formatProblem } from '@/lib/content/problems';
import { CLI_TIMEOUT, scratchNotes } from '../scratch';

const { folder, run } = scratchNotes();
// Enough that each kill lands among hundreds of writes: the writes of before issue 31 left 33 of the
// first 300 notes empty or cut short.
const BOOKMARKS = 600;
const noteNames = () => readdirSync(folder.dir).filter((name) => name.endsWith('.md'));

/** A Netscape file of `count` bookmarks, each its own URL and title, beside the notes' folder. */
function bookmarks(count: number): string {
  const file = `${folder.dir}.html`;
  const lines = Array.from(
    { length: count },
    (_, i) => `<DT><A HREF="https://kill.example/${i}" ADD_DATE="${1_600_000_000 + i}" TAGS="kill">Bookmark ${i}</A>`,
  );
  writeFileSync(file, `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n${lines.join('\n')}\n</DL><p>\n`);
  return file;
}

/** Whether the process `pid` has stopped (SIGSTOP arrives asynchronously): its state in /proc is `T`. */
const stopped = (pid: number) => / T /.test(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^\d+ \(.*\)/, ''));

/**
 * Starts an import of `source` and kills it (SIGKILL) once at least `after` notes exist. Until
 * then it stops the import again and again (SIGSTOP) and reads each note that appeared since the
 * last stop: what a stopped import leaves is what a kill at that moment would, so every stop is a
 * kill the import survived or not. Returns the notes that were not complete when seen.
 */
async function killImportAfter(source: string, after: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', source], {
    env: { ...process.env, NOTES_DIR: folder.dir },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let running = true;
  void exited.then(() => {
    running = false;
  });
  const seen = new Set<string>();
  const incomplete: string[] = [];
  for (;;) {
    await new Promise((resolve) => setImmediate(resolve));
    if (!running || child.pid === undefined) break;
    child.kill('SIGSTOP');
    while (running && !stopped(child.pid)) await new Promise((resolve) => setImmediate(resolve));
    const names = noteNames();
    for (const name of names.filter((name) => !seen.has(name))) {
      seen.add(name);
      const file = path.join(folder.dir, name);
      if (problemsOfNote(file, readFileSync(file, 'utf8')).length > 0) incomplete.push(name);
    }
    if (names.length >= after) break;
    child.kill('SIGCONT');
  }
  child.kill('SIGKILL');
  await exited;
  return incomplete;
}

describe('an import killed partway', { timeout: 4 * CLI_TIMEOUT }, () => {
  it('leaves only complete notes at every kill, and a second run completes the set without duplicates', async () => {
    const source = bookmarks(BOOKMARKS);
    try {
      for (const after of [1, 150, 300, 450]) {
        expect(await killImportAfter(source, after)).toEqual([]);
        expect(loadNotes(folder.dir).problems.map(formatProblem)).toEqual([]);
      }
      const { status, stdout, stderr } = run('import', source);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      // One note per bookmark, each under its own title's slug: none written twice as `…-2.md`.
      const expected = Array.from({ length: BOOKMARKS }, (_, i) => `bookmark-${i}.md`);
      expect(noteNames().sort()).toEqual(expected.sort());
      // What the killed runs wrote counts as already noted; the rest is imported now.
      const [, imported = '0', skipped = '0'] = /imported (\d+), skipped (\d+) as duplicates/.exec(stdout) ?? [];
      expect(Number(imported) + Number(skipped)).toBe(BOOKMARKS);
      expect(readdirSync(folder.dir).filter((name) => !name.endsWith('.md'))).toEqual([]);
      expect(loadNotes(folder.dir).problems.map(formatProblem)).toEqual([]);
    } finally {
      rmSync(source, { force: true });
    }
  });
});

describe('a note a crash cut short', { timeout: CLI_TIMEOUT }, () => {
  const source = 'tests/fixtures/bookmarks/netscape.html';

  it('stops an import, named in one line, instead of a "-2" note beside it', () => {
    writeFileSync(path.join(folder.dir, 'example-a.md'), '');
    const before = readdirSync(folder.dir).sort();
    const { status, stdout, stderr } = run('import', source);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toMatch(
      /example-a\.md: file: is empty \(0 bytes\): it looks like the remains of an interrupted write/,
    );
    expect(lines[1]).toMatch(/netscape\.html: nothing was written; a run cut this note short/);
    expect(readdirSync(folder.dir).sort()).toEqual(before);
  });

  it('stops `npm run new` and is named by `npm run check`, front matter that breaks off included', () => {
    writeFileSync(path.join(folder.dir, 'cut.md'), '---\ntitle: "Cut');
    const made = run('new', 'https://example.org/new');
    expect(made.status).toBe(1);
    expect(made.stderr).toMatch(/cut\.md: front matter: not closed; .*interrupted write/);
    expect(noteNames()).toEqual(['cut.md']);
    const checked = run('check');
    expect(checked.status).toBe(1);
    expect(checked.stderr + checked.stdout).toMatch(/cut\.md: front matter: not closed; .*interrupted write/);
    expect(readFileSync(path.join(folder.dir, 'cut.md'), 'utf8')).toBe('---\ntitle: "Cut');
  });
});
