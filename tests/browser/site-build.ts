// Builds a site with bare `npx next build`, as the browser tests' setup does for the fixture site and
// a test file may for a site of its own. Every site a test builds has the fixture identity
// (vitest.config.ts sets SITE_FILE); Next.js builds one site of this folder at a time.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** The environment of a build of `notesDir` into `outDir`, and of the preview server that serves it. */
export function siteEnv(notesDir: string, outDir: string): NodeJS.ProcessEnv {
  return { ...process.env, NOTES_DIR: notesDir, OUT_DIR: outDir, NEXT_TELEMETRY_DISABLED: '1' };
}

/** Builds the notes of `notesDir` into `outDir`; a failed build throws with what Next.js said. */
export async function buildSite(notesDir: string, outDir: string): Promise<void> {
  try {
    await promisify(execFile)('npx', ['next', 'build'], {
      env: siteEnv(notesDir, outDir),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`${notesDir} did not build:\n${stdout}\n${stderr}`);
  }
}
