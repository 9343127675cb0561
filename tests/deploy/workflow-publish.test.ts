// Runs .github/workflows/deploy.yml as GitHub would on a push, in a scratch copy of the
// repository holding the fixture site's notes, and checks that out/ is the site GitHub Pages will
// publish at the repository's address.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { resolvePagesPath } from '@/lib/preview-server';
import { installFromHere } from '@/tools/actions-runner/checkout';
import { readWorkflow, runJob } from '@/tools/actions-runner/runner';
import { checkAdasSite, makeItAdas } from './fork';
import { pageLinks, siteAddresses } from './published-site';
import { fixtureCheckout } from './workspace';

const WORKFLOW = '.github/workflows/deploy.yml';

/**
 * A scratch copy of this repository whose own content/ holds a note that fails the check: the
 * deploy test builds the fixture notes whatever the owner's notes are, so it must pass all the same.
 */
function repositoryWithABadNote(): string {
  const repository = fixtureCheckout();
  writeFileSync(path.join(repository, 'content', 'x.md'), '---\ntitle: A bad note\nurl: ftp://example.org/\n---\n');
  return repository;
}

describe(`${WORKFLOW}, run as GitHub would on a push`, () => {
  // The two cases side by side, each in its own checkout: while one job waits on a single-threaded
  // step (copying, the check before the build), the other has the cores.
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
      what: 'a user site, from a repository with a bad note of its own',
      repository: 'SomeOwner/someowner.github.io',
      site: 'https://someowner.github.io/',
      basePath: '',
      source: repositoryWithABadNote,
    },
  ])('publishes $what, $repository, at $site', async (job, { expect, onTestFinished, signal }) => {
    const { repository, site, basePath } = job;
    const source = job.source?.();
    if (source) onTestFinished(() => rmSync(source, { recursive: true, force: true }));
    const workspace = fixtureCheckout(source);
    onTestFinished(() => rmSync(workspace, { recursive: true, force: true }));
    // The notes built are the fixture site's, never the repository's own (nor its bad one).
    expect(readdirSync(path.join(workspace, 'content')).sort()).toEqual(readdirSync('tests/fixtures/site').sort());
    job.prepare?.(workspace);
    const { build } = readWorkflow(path.join(workspace, WORKFLOW));
    if (!build) throw new Error(`${WORKFLOW}: no build job`);
    // A timeout kills the build before the scratch folders go: nothing writes into them after.
    const { ran } = await runJob(build, { repository, vars: {}, workspace }, installFromHere, signal);
    expect(ran.map((step) => step.run?.trim())).toEqual(['npm ci', 'npm run build']);

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
    job.check?.(out);
  });
});
