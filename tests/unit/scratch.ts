// A scratch content folder per test, and the command-line tools run against it as a user would.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * The time a test that runs commands may take: a limit for a hung command, not a budget. Each
 * command starts Node with tsx, about a second of CPU, which becomes several seconds on a busy
 * 2-core machine, and tens of seconds beside builds (load 15): 30 s failed there. How fast a
 * command is belongs in bench/, never in a test's timeout.
 */
export const CLI_TIMEOUT = 120_000;

/** Gives each test a fresh folder holding copies of `fixtures`; returns the folder and a runner. */
export function scratchNotes(...fixtures: string[]) {
  const folder = { dir: '' };
  beforeEach(() => {
    folder.dir = mkdtempSync(path.join(tmpdir(), 'notes-'));
    for (const fixture of fixtures) cpSync(fixture, path.join(folder.dir, path.basename(fixture)));
  });
  afterEach(() => rmSync(folder.dir, { recursive: true, force: true }));
  /** Runs `scripts/<script>.ts` with NOTES_DIR set to the folder. */
  const run = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
      env: { ...process.env, NOTES_DIR: folder.dir },
      encoding: 'utf8',
    });
  return { folder, run };
}
