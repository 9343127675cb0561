// tests/built-site.ts keeps a test site's build for as long as what the build reads is unchanged; a
// variable of the environment read but left out of the key would hand a test a site built for
// another address. The settings are the one place of the site's code that reads the environment.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_VARIABLES } from '../built-site';

/** Read by the settings, and no part of what a build writes: set by the test, or not for builds. */
const NOT_THE_BUILDS = [
  'NOTES_DIR',
  'OUT_DIR',
  'PORT',
  'CHROME_PATH',
  'SUMMARY_API_URL',
  'SUMMARY_MODEL',
  'SUMMARY_API_KEY',
];

const sourcesUnder = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[])
    .map((file) => path.join(dir, file))
    .filter((file) => /\.(ts|tsx|mjs|js)$/.test(file) && statSync(file).isFile());

describe('the key of a kept test build', () => {
  it('holds every variable of the environment the settings read, but those a build does not', () => {
    const read = new Set<string>();
    for (const file of sourcesUnder('lib/settings')) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/\benv\.([A-Z0-9_]+)/g)) read.add(name);
    }
    expect(read.size).toBeGreaterThan(5);
    const keyed: readonly string[] = BUILD_VARIABLES;
    expect([...read].filter((name) => !keyed.includes(name) && !NOT_THE_BUILDS.includes(name))).toEqual([]);
  });

  it('has the settings as the only code of the site that reads the environment', () => {
    const files = ['next.config.mjs', ...['app', 'components', 'lib'].flatMap(sourcesUnder)];
    const readers = files.filter((file) => /process\.env/.test(readFileSync(file, 'utf8')));
    expect(readers).toEqual(['lib/settings/config.mjs']);
  });
});
