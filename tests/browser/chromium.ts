// Finds the Chromium that the browser tests drive. Playwright's own browser download cannot run
// on machines without internet, so the tests use a system Chromium: CHROME_PATH, else Debian's.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

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
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Finds Chromium, installing Debian's package where this process may (root with apt-get). */
function ensureChromium(): void {
  let found = findChromium();
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROME_PATH;
  if (!found && canInstall) {
    console.log('Installing Chromium for the browser tests: apt-get install -y chromium');
    const options = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } } as const;
    execFileSync('apt-get', ['update', '-qq'], options);
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], options);
    found = findChromium();
  }
  if (!found) {
    console.error(
      process.env.CHROME_PATH
        ? `CHROME_PATH=${process.env.CHROME_PATH}: no such file; point it at a Chromium or Chrome binary`
        : 'No Chromium found for the browser tests: install one (Debian: sudo apt-get install chromium) or set CHROME_PATH',
    );
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureChromium();
