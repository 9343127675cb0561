// A test site is built once for what it is built from. The build and browser projects read the same
// fixture site and the same large synthetic site: each `next build` is a minute of a 2-core
// machine, so the first test to ask builds it and a later one, in this run or the next, gets the
// same folder. The folder is named by a hash of everything a build reads: the notes, the identity
// file, the variables of the environment the settings read, the Node.js version and every file of
// the repository outside tests/ (git's list, tracked and untracked; the owner's content/ and
// site.yml are not read, and a test's build never uses them). A change to any of them builds anew.
import { execFile, execFileSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { countNoteReads } from '../tools/count-note-reads.mjs';

const BUILDS = 'tests/.artifacts/builds';

/**
 * The variables of the environment lib/settings/ reads that change what a build writes
 * (tests/unit/built-site-key.test.ts keeps the list whole). NOTES_DIR and OUT_DIR are set here.
 */
export const BUILD_VARIABLES = [
  'SITE_FILE',
  'BASE_PATH',
  'SITE_URL',
  'GITHUB_ACTIONS',
  'GITHUB_REPOSITORY',
  'NODE_ENV',
  'NODE_OPTIONS',
] as const;

export interface BuiltSite {
  /** The exported site. */
  out: string;
  /** What `next build` printed, stdout then stderr. */
  output: string;
  /** With `countReads`: the note-read log of tools/count-note-reads.mjs. */
  parseLog: string;
}

/** The environment of a build of `notesDir` into `outDir`, and of the preview server that serves it. */
export function siteEnv(notesDir: string, outDir: string): NodeJS.ProcessEnv {
  return { ...process.env, NOTES_DIR: notesDir, OUT_DIR: outDir, NEXT_TELEMETRY_DISABLED: '1' };
}

/**
 * The site `npx next build` makes of the notes in `notesDir`, built now or by an earlier test.
 * `name` names its folder; `countReads` logs each process's note reads. A failed build throws
 * with what Next.js said, and is not kept.
 */
export async function builtSite(
  name: string,
  notesDir: string,
  { countReads = false }: { countReads?: boolean } = {},
): Promise<BuiltSite> {
  const key = buildKey(notesDir, countReads);
  const dir = path.join(BUILDS, key ? `${name}-${key}` : `${name}-uncached-${process.pid}`);
  const site = (at: string): BuiltSite => ({
    out: path.join(at, 'out'),
    output: existsSync(path.join(at, 'output.txt')) ? readFileSync(path.join(at, 'output.txt'), 'utf8') : '',
    parseLog: path.resolve(at, 'parses.log'),
  });
  if (key && existsSync(path.join(dir, 'output.txt'))) return site(dir);

  // Built aside and renamed into place when whole, so that a build cut short is never taken for one.
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const built = site(partial);
  const env = { ...siteEnv(notesDir, built.out), ...(countReads ? countNoteReads(built.parseLog) : {}) };
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['next', 'build'], {
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    writeFileSync(path.join(partial, 'output.txt'), `${stdout}\n${stderr}`);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`${notesDir} did not build:\n${stdout}\n${stderr}`);
  }
  try {
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  } catch {
    // Another test process built the same site at the same time and renamed its copy first.
    rmSync(partial, { recursive: true, force: true });
  }
  // Builds of this site from older code or notes are not asked for again.
  for (const entry of readdirSync(BUILDS)) {
    if (entry.startsWith(`${name}-`) && entry !== path.basename(dir) && !entry.includes('.partial-')) {
      rmSync(path.join(BUILDS, entry), { recursive: true, force: true });
    }
  }
  return site(dir);
}

/** The hash of what a build of `notesDir` reads, or undefined outside a git checkout (then nothing is kept). */
function buildKey(notesDir: string, countReads: boolean): string | undefined {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ node: process.version, countReads, notesDir }));
  for (const variable of BUILD_VARIABLES) hash.update(`\0${variable}=${process.env[variable] ?? ''}`);
  const repositoryFiles = [...new Set(listed.split('\0'))]
    .filter((file) => file && !/^(tests|content)\//.test(file) && file !== 'site.yml')
    .sort();
  for (const file of repositoryFiles) hashFile(hash, file, file);
  if (process.env.SITE_FILE) hashFile(hash, 'identity', process.env.SITE_FILE);
  for (const file of filesUnder(notesDir)) hashFile(hash, `notes/${path.relative(notesDir, file)}`, file);
  return hash.digest('hex').slice(0, 16);
}

function hashFile(hash: Hash, name: string, file: string) {
  hash.update(`\0${name}\0`);
  // A file git lists but the working tree has deleted is part of the key by its absence.
  hash.update(existsSync(file) ? readFileSync(file) : '\0missing');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
