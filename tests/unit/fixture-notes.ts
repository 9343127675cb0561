// The note folders of tests/fixtures/ that unit tests read instead of content/.
import path from 'node:path';
import { afterAll, beforeAll, vi } from 'vitest';

/** The folder `tests/fixtures/<name>`. */
export const fixture = (name: string) => path.join('tests/fixtures', name);

/** The fixture site's notes, the ones the browser tests build. */
export const SITE_FIXTURE = fixture('site');

/** Points NOTES_DIR at the fixture site for this file's tests; call it at the top of the file. */
export function readSiteFixture() {
  beforeAll(() => {
    vi.stubEnv('NOTES_DIR', SITE_FIXTURE);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
}
