// Runs .github/workflows/deploy.yml as GitHub would on a push, in a scratch copy of the
// repository, and checks that out/ is the site GitHub Pages will publish at the repository's address.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { resolvePagesPath } from '@/lib/preview-server';
import { checkAdasSite, makeItAdas } from './fork';
import { pageLinks, siteAddresses } from './published-site';
import { readWorkflow, runJob } from './runner';
import { checkout, installFromHere } from './workspace';

const WORKFLOW = '.github/workflows/deploy.yml';

describe(`${WORKFLOW}, run as GitHub would on a push`, () => {
  // The two cases side by side, each in its own checkout: while one job waits on a single-threaded
  // step (typecheck, lint, copying), the other has the cores.
  it.concurrent.for([
    {
      what: 'a fork made with npm run init',
      repository: 'ada/links',
      site: 'https://ada.github.io/links/',
      basePath: '/links',
      prepare: makeItAdas,
      check: checkAdasSite,
    },
    {
      what: 'a user site',
      repository: 'SomeOwner/someowner.github.io',
      site: 'https://someowner.github.io/',
      basePath: '',
    },
  ])('publishes $what, $repository, at $site', async (job, { expect, onTestFinished }) => {
    const { repository, site, basePath } = job;
    const workspace = checkout();
    onTestFinished(() => rmSync(workspace, { recursive: true, force: true }));
    job.prepare?.(workspace);
    const { build } = readWorkflow(path.join(workspace, WORKFLOW));
    if (!build) throw new Error(`${WORKFLOW}: no build job`);
    const { ran } = await runJob(build, { repository, vars: {}, workspace }, installFromHere);
    expect(ran.map((step) => step.run?.trim()).at(-1)).toBe('npm run build');

    const out = path.join(workspace, 'out');
    for (const file of ['index.html', '404.html', '.nojekyll', 'tags/index.html'])
      expect(existsSync(path.join(out, file)), file).toBe(true);

    // Every link and asset of the home page lies under the base path and is a file Pages serves.
    const home = pageLinks(out, 'index.html', site);
    expect(home.canonical).toBe(site);
    expect(home.internal.length).toBeGreaterThan(5);
    for (const pathname of home.internal) {
      expect(pathname.startsWith(`${basePath}/`), pathname).toBe(true);
      expect(resolvePagesPath(pathname, { dir: out, basePath }).status, pathname).toBe(200);
    }
    expect(pageLinks(out, 'tags/index.html', `${site}tags/`).canonical).toBe(`${site}tags/`);

    // Each of the site's own addresses in the feeds and the sitemap names a file Pages serves
    // there: a prefix alone would let `https://<owner>.github.io/links/…` pass for a user site.
    const servedAt = (address: string) =>
      address.startsWith(site) && resolvePagesPath(new URL(address).pathname, { dir: out, basePath }).status === 200;
    for (const [file, addresses] of Object.entries(siteAddresses(out))) {
      expect(addresses.length, file).toBeGreaterThan(1);
      expect(
        addresses.filter((address) => !servedAt(address)),
        file,
      ).toEqual([]);
    }
    job.check?.(workspace, out);
  });
});
