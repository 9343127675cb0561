// Finds and launches the Chromium that the browser tests, the audit and the benchmark drive.
// Playwright's own browser download cannot run on machines without internet, so they use a system
// Chromium: CHROME_PATH, else Debian's. `tsx tools/chromium.ts` makes sure there is one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { chromePath } from '@/lib/settings/config.mjs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags that keep a headless Chromium quiet on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The path of a Chromium to drive, or undefined. */
export function findChromium(): string | undefined {
  if (chromePath) return existsSync(chromePath) ? chromePath : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Starts the system Chromium headless with a fresh profile. */
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run "npx tsx tools/chromium.ts" or set CHROME_PATH');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Finds Chromium, installing Debian's package where this process may (root with apt-get). */
function ensureChromium(): void {
  let found = findChromium();
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !chromePath;
  if (!found && canInstall) {
    console.log('Installing Chromium for the browser tests: apt-get install -y chromium');
    const options = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } } as const;
    execFileSync('apt-get', ['update', '-qq'], options);
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], options);
    found = findChromium();
  }
  if (!found) {
    console.error(
      chromePath
        ? `CHROME_PATH=${chromePath}: no such file; point it at a Chromium or Chrome binary`
        : 'No Chromium found for the browser tests: install one (Debian: sudo apt-get install chromium) or set CHROME_PATH',
    );
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureChromium();
