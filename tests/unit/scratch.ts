// A scratch content folder per test, and the command-line tools run against it as a user would.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

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
