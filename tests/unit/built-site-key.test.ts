// tests/built-site.ts keeps a test site's build for as long as what the build reads is unchanged; a
// variable of the environment the settings read but the key leaves out would hand a test a site
// built for another address. The settings are the one place that reads the environment.
import { readdirSync, readFileSync } from 'node:fs';
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

describe('the key of a kept test build', () => {
  it('holds every variable of the environment the settings read, but those a build does not', () => {
    const read = new Set<string>();
    for (const file of readdirSync('lib/settings')) {
      for (const [, name] of readFileSync(`lib/settings/${file}`, 'utf8').matchAll(/\benv\.([A-Z_]+)/g)) read.add(name);
    }
    expect(read.size).toBeGreaterThan(5);
    const keyed: readonly string[] = BUILD_VARIABLES;
    expect([...read].filter((name) => !keyed.includes(name) && !NOT_THE_BUILDS.includes(name))).toEqual([]);
  });
});
