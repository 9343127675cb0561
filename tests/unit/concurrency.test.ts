// Two runs at once in one content folder, as real processes: nothing written twice, nothing lost.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { lockContent } from '@/lib/authoring/lock';
import { everyNote } from '@/lib/content/indexing';
import { loadNotes } from '@/lib/content/load';
import { CLI_TIMEOUT, scratchNotes } from './scratch';

const { folder } = scratchNotes();

/** Runs `scripts/<script>.ts` against the scratch folder without waiting for it. */
function start(script: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, NOTES_DIR: folder.dir },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

function exportOf(name: string, from: number, to: number): string {
  const entries = [];
  for (let i = from; i < to; i += 1) {
    entries.push(`<DT><A HREF="https://overlap.example/${i}" ADD_DATE="${1600000000 + i}" TAGS="t">Page ${i}</A>`);
  }
  const file = path.join(folder.dir, '..', `${path.basename(folder.dir)}-${name}.html`);
  onTestFinished(() => rmSync(file, { force: true }));
  writeFileSync(file, `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n${entries.join('\n')}\n</DL><p>\n`);
  return file;
}

// `new` writes unwritten notes and import written ones: every note counts.
const urls = () => everyNote(loadNotes(folder.dir).library).map((note) => note.url);

describe('two runs at once', { timeout: CLI_TIMEOUT }, () => {
  it('two imports of overlapping exports: every bookmark written once or reported as a duplicate', async () => {
    const first = exportOf('first', 0, 300);
    const second = exportOf('second', 150, 450);
    const results = await Promise.all([start('import', first), start('import', second)]);
    const counts = results.map(({ status, stdout }) => {
      expect(status).toBe(0);
      const [, imported, duplicates, invalid] = /imported (\d+), skipped (\d+) as duplicates, skipped (\d+) as invalid/
        .exec(stdout)
        ?.map(Number) ?? [0, -1, -1, -1];
      expect(imported + duplicates).toBe(300);
      expect(invalid).toBe(0);
      return imported;
    });
    expect(counts[0] + counts[1]).toBe(450);
    expect(urls()).toHaveLength(450);
    expect(new Set(urls()).size).toBe(450);
    expect(readdirSync(folder.dir).filter((name) => !name.endsWith('.md'))).toEqual([]);
  });

  it('two `new`s of one URL: one note, and the other run says it is noted', async () => {
    const results = await Promise.all([
      start('new', 'https://race.example/page', '--title', 'One'),
      start('new', 'https://race.example/page', '--title', 'Two'),
    ]);
    expect(results.map(({ status }) => status).sort()).toEqual([0, 1]);
    expect(results.find(({ status }) => status === 1)?.stderr).toMatch(/^new: url: already noted in .*\.md$/m);
    expect(urls()).toEqual(['https://race.example/page']);
  });

  it('a lock held too long is one line naming the command and pid; a crashed run’s lock is taken over', () => {
    const release = lockContent(folder.dir, 'import');
    try {
      expect(() => lockContent(folder.dir, 'new', { waitMs: 0 })).toThrow(
        new RegExp(`^.* is locked by another \`npm run import\` \\(pid ${process.pid}\\); try again when it ends$`),
      );
    } finally {
      release();
    }
    expect(readdirSync(folder.dir)).toEqual([]);
    // A pid that no process has: the largest Linux allows is 2^22.
    writeFileSync(path.join(folder.dir, '.url-notes.lock'), JSON.stringify({ pid: 4_194_304 + 1, command: 'import' }));
    const again = lockContent(folder.dir, 'new', { waitMs: 0 });
    expect(JSON.parse(readFileSync(path.join(folder.dir, '.url-notes.lock'), 'utf8')).pid).toBe(process.pid);
    again();
  });
});
