// One writer at a time in a content folder: `npm run new` and `npm run import` read what is there,
// then write what is not, so two at once would both write the same page. The lock is a file
// created exclusively (`wx`), holding the owner's pid, so a lock left by a crashed run is known.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '@/lib/messages';

const LOCK_FILE = '.url-notes.lock';

type Holder = { pid: number; command: string };

/** Who holds the lock, from its file; undefined when it is gone or half written. */
function holderOf(file: string): { holder: Holder; text: string } | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    const { pid, command } = JSON.parse(text);
    return typeof pid === 'number' && typeof command === 'string' ? { holder: { pid, command }, text } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the process `pid` is alive. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** Blocks the thread for `ms`: the commands are synchronous scripts. */
function pause(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Takes the content folder's lock for `command` (`import`, `new`), waiting up to `waitMs` for
 * another run to end; returns its release (also run at exit). Throws a one-line Error when the
 * wait runs out.
 */
export function lockContent(
  dir: string,
  command: string,
  { waitMs = 120_000, onWait }: { waitMs?: number; onWait?: (message: string) => void } = {},
): () => void {
  const file = path.join(dir, LOCK_FILE);
  const deadline = Date.now() + waitMs;
  let waiting = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, command }));
      } finally {
        closeSync(fd);
      }
      const release = () => {
        process.off('exit', release);
        if (holderOf(file)?.holder.pid === process.pid) rmSync(file, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      if (code === 'ENOENT') throw new Error(`${displayPath(dir)}: no such folder`);
      if (code !== 'EEXIST') throw error;
    }
    const found = holderOf(file);
    if (found && !isRunning(found.holder.pid)) {
      // Left by a run that crashed. Removed only if unchanged, lest a fresh lock go instead.
      if (holderOf(file)?.text === found.text) rmSync(file, { force: true });
      continue;
    }
    const who = found ? `another \`npm run ${found.holder.command}\` (pid ${found.holder.pid})` : 'another run';
    const locked = `${displayPath(dir)}/ is locked by ${who}`;
    if (Date.now() >= deadline) throw new Error(`${locked}; try again when it ends`);
    if (!waiting) onWait?.(`${locked}; waiting for it to end`);
    waiting = true;
    pause(50);
  }
}
