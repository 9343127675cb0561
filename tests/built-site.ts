// A test site is built once for what it is built from. The build and browser projects read the same
// fixture site and the same large synthetic site: each `next build` is a minute of a 2-core
// machine, so the first test to ask builds it and a later one, in this run or the next, gets the
// same folder. The folder is named by a hash of everything a build reads: the notes, the identity
// file, the variables of the environment that the settings or Next.js read, `.env` files, the
// Node.js version and every file of the repository outside tests/ (git's list, tracked and
// untracked; the owner's content/ and site.yml are not read, and a test's build never uses them).
// A change to any of them builds anew.
import { execFile, execFileSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { countNoteReads } from '../tools/count-note-reads.mjs';

const BUILDS = 'tests/.artifacts/builds';

/**
 * The variables of the environment lib/settings/ reads that change what a build writes
 * (tests/unit/built-site-key.test.ts keeps the list whole), and the preloads of NODE_OPTIONS.
 * NOTES_DIR and OUT_DIR are set here; Next.js's own variables are keyed by their prefix.
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

/** Variables Next.js reads itself (NEXT_DEPLOYMENT_ID changes asset addresses); telemetry changes no file. */
const NEXT_VARIABLE = /^(NEXT_|__NEXT_|TURBOPACK)(?!TELEMETRY_DISABLED$)/;

/** A kept build another test process may still be serving is deleted only when it is this old. */
const STALE_MS = 60 * 60 * 1000;

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

const siteIn = (dir: string): BuiltSite => ({
  out: path.join(dir, 'out'),
  output: existsSync(path.join(dir, 'output.txt')) ? readFileSync(path.join(dir, 'output.txt'), 'utf8') : '',
  parseLog: path.resolve(dir, 'parses.log'),
});

const isKept = (dir: string) => existsSync(path.join(dir, 'output.txt'));

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
  const dir = path.join(BUILDS, `${name}-${key}`);
  if (key && isKept(dir)) return siteIn(dir);

  // Built aside and renamed into place when whole, so that a build cut short is never taken for
  // one. One staging folder a site: a build killed outright leaves what the next one clears (the
  // export's folder in memory is named after it too, lib/build/export-folder.ts).
  const staging = path.join(BUILDS, `${name}.partial`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const built = siteIn(staging);
  const env = { ...siteEnv(notesDir, built.out), ...(countReads ? countNoteReads(built.parseLog) : {}) };
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['next', 'build'], {
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    writeFileSync(path.join(staging, 'output.txt'), `${stdout}\n${stderr}`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`${notesDir} did not build:\n${stdout}\n${stderr}`);
  }
  // Outside git, or something the build read changed while it ran: this build is used once, unkept.
  if (key === undefined || buildKey(notesDir, countReads) !== key) {
    const unkept = path.join(BUILDS, `${name}-unkept`);
    rmSync(unkept, { recursive: true, force: true });
    renameSync(staging, unkept);
    return siteIn(unkept);
  }
  if (isKept(dir)) rmSync(staging, { recursive: true, force: true });
  else renameSync(staging, dir);
  clearStaleBuilds(name, path.basename(dir));
  return siteIn(dir);
}

/** Deletes the builds of `name` from older code or notes, once no test is likely to serve them. */
function clearStaleBuilds(name: string, current: string) {
  for (const entry of readdirSync(BUILDS)) {
    const dir = path.join(BUILDS, entry);
    if (entry.startsWith(`${name}-`) && entry !== current && Date.now() - statSync(dir).mtimeMs > STALE_MS) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
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
  const variables = [
    ...BUILD_VARIABLES,
    ...Object.keys(process.env)
      .filter((name) => NEXT_VARIABLE.test(name))
      .sort(),
  ];
  for (const variable of variables) hash.update(`\0${variable}=${process.env[variable] ?? ''}`);
  // Next.js loads `.env` files before the settings read the environment, listed by git or not.
  const envFiles = readdirSync('.').filter((file) => file.startsWith('.env'));
  const repositoryFiles = [...new Set([...listed.split('\0'), ...envFiles])]
    .filter((file) => file && !/^(tests|content)\//.test(file) && file !== 'site.yml')
    .sort();
  for (const file of repositoryFiles) hashFile(hash, file, file);
  hashFile(hash, 'identity', process.env.SITE_FILE || 'site.yml');
  for (const file of filesUnder(notesDir)) hashFile(hash, `notes/${path.relative(notesDir, file)}`, file);
  return hash.digest('hex').slice(0, 16);
}

function hashFile(hash: Hash, name: string, file: string) {
  hash.update(`\0${name}\0`);
  // A file git lists but the working tree has deleted is part of the key by its absence.
  const stats = statSync(file, { throwIfNoEntry: false });
  hash.update(stats?.isFile() ? readFileSync(file) : '\0missing');
}

/** Every file under `dir`, symbolic links followed as the notes' reader follows them. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((entry) => path.join(dir, entry))
    .filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile())
    .sort();
}
