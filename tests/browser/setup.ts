// Builds the fixture site with `next build`, as a user would (or takes the build project's build of
// the same code and notes), and serves it with `npm run preview` on a free port. Every browser test
// file reads the URL with inject('siteUrl'), and the exported files' folder with inject('siteDir').
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { TestProject } from 'vitest/node';
import { siteEnv } from '../built-site';
import { FIXTURE_NOTES, fixtureSite } from '../sites';

/** The repository the fixture site's /add/ page creates notes in (tests/fixtures/site.yml). */
export const FIXTURE_REPOSITORY = 'example-owner/notes';
export const FIXTURE_BRANCH = 'main';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const { out } = await fixtureSite();
  project.provide('siteDir', out);

  // `npm run preview` is `tsx scripts/preview.ts`; started without npm so that kill() reaches it.
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/preview.ts', '--port', '0', '--dir', out], {
    env: siteEnv(FIXTURE_NOTES, out),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  server.stdout.setEncoding('utf8');
  const siteUrl = await new Promise<string>((resolve, reject) => {
    server.stdout.on('data', (chunk: string) => {
      output += chunk;
      const url = /http:\/\/\S+\//.exec(output)?.[0];
      if (url) resolve(url);
    });
    server.once('exit', (code) => reject(new Error(`npm run preview exited with ${code}: ${output}`)));
  });
  project.provide('siteUrl', siteUrl);

  return async () => {
    server.kill();
    await once(server, 'exit');
  };
}
