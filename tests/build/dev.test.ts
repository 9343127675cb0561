// `next dev` on the fixture site, asked as a visitor would: a slug that no note has is a 404 there
// too, as on the built site, never a 500.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { basePath } from '@/lib/site';

const FIXTURE = 'tests/fixtures/site';
let dev: ChildProcess;
let origin = '';

/** A port nothing listens on: one the system hands out, freed again. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** The status of a page of the dev server; the first request of a route compiles it. */
const statusOf = async (pathname: string) => (await fetch(`${origin}${basePath}${pathname}`)).status;

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Its own process group, so that the server and the workers it starts end together.
  dev = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NOTES_DIR: FIXTURE, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'development' },
    stdio: 'ignore',
    detached: true,
  });
  for (;;) {
    try {
      if ((await statusOf('/')) === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

afterAll(() => {
  if (dev.pid !== undefined) process.kill(-dev.pid, 'SIGTERM');
});

describe('npm run dev', () => {
  // Unknown slugs first: once a route has answered, Next.js reuses the params it listed then, and
  // the 500 shows only for the first request of a route (or after an edit).
  it('answers 404 for a slug no note has: __proto__, 300 characters; and a note', async () => {
    expect(await statusOf('/note/__proto__/')).toBe(404);
    expect(await statusOf(`/note/${'x'.repeat(300)}/`)).toBe(404);
    const slug = loadNotes(FIXTURE).library.notes[0]?.slug;
    expect(await statusOf(`/note/${slug}/`)).toBe(200);
  });

  it('serves the pages and feeds the build exports', async () => {
    const tag = loadNotes(FIXTURE).library.tags[0]?.slug;
    for (const pathname of ['/', '/tags/', '/feed.xml', '/atom.xml', '/feed.json', '/add/notes.json']) {
      expect(await statusOf(pathname), pathname).toBe(200);
    }
    expect(await statusOf(`/tag/${tag}/feed.xml`)).toBe(200);
  });

  it('answers 404 for a tag no note has', async () => {
    expect(await statusOf('/tag/no-such-tag/')).toBe(404);
    expect(await statusOf('/tag/no-such-tag/feed.xml')).toBe(404);
    expect(await statusOf('/tag/constructor/page/2/')).toBe(404);
  });
});
