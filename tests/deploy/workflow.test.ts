// Runs .github/workflows/deploy.yml as GitHub would on a push, in a scratch copy of the
// repository, and checks that out/ is the site GitHub Pages will publish at the repository's address.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { resolvePagesPath } from '@/tools/preview-server';
import { readWorkflow, runJob, type Step } from './runner';

const WORKFLOW = '.github/workflows/deploy.yml';

/**
 * A copy of what `git add -A` would commit (tracked files and new ones git does not ignore), so
 * that uncommitted work is tested too; on a fresh clone it is exactly the checkout. It is made a
 * git repository, as actions/checkout leaves it, because Biome reads .gitignore through git.
 */
function checkout(): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'deploy-workflow-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && existsSync(file));
  for (const file of new Set(files)) cpSync(file, path.join(workspace, file));
  execFileSync('git', ['init', '--quiet'], { cwd: workspace });
  return workspace;
}

/**
 * `npm ci` becomes a hard-linked copy of this checkout's node_modules: the same lockfile, without
 * downloading 700 MB again (.ci/run itself starts with `npm ci` on a fresh clone). Hard links,
 * not a symlink, which Turbopack refuses to follow out of the project.
 */
function installFromHere(step: Step) {
  if (step.run?.trim() !== 'npm ci') return undefined;
  return (_: Step, environment: Record<string, string>) => {
    const workspace = environment.GITHUB_WORKSPACE ?? '';
    execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(workspace, 'node_modules')]);
  };
}

const xmlDocument = (file: string) => {
  const document = new new JSDOM('').window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
};
const texts = (document: Document, tag: string) =>
  [...document.getElementsByTagName(tag)].map((element) => element.textContent ?? '');

/** Every address of the site itself in the feeds and the sitemap (links out to noted pages left aside). */
function siteAddresses(out: string): Record<string, string[]> {
  const rss = xmlDocument(path.join(out, 'feed.xml'));
  const channelLinks = [...rss.getElementsByTagName('channel')].flatMap((channel) =>
    [...channel.children].filter((child) => child.tagName === 'link').map((link) => link.textContent ?? ''),
  );
  const atom = xmlDocument(path.join(out, 'atom.xml'));
  const atomSelf = [...atom.getElementsByTagName('link')]
    .filter((link) => link.getAttribute('rel') === 'self')
    .map((link) => link.getAttribute('href') ?? '');
  const json: { home_page_url: string; feed_url: string; items: { id: string }[] } = JSON.parse(
    readFileSync(path.join(out, 'feed.json'), 'utf8'),
  );
  return {
    'feed.xml': [...channelLinks, ...texts(rss, 'guid')],
    'atom.xml': [...texts(atom, 'id'), ...atomSelf],
    'feed.json': [json.home_page_url, json.feed_url, ...json.items.map((item) => item.id)],
    'sitemap.xml': texts(xmlDocument(path.join(out, 'sitemap.xml')), 'loc'),
  };
}

/** A page's canonical URL and every href and src of it that stays on the site. */
function pageLinks(out: string, file: string, pageUrl: string) {
  const { document } = new JSDOM(readFileSync(path.join(out, file), 'utf8')).window;
  const refs = [
    ...[...document.querySelectorAll('[href]')].map((element) => element.getAttribute('href') ?? ''),
    ...[...document.querySelectorAll('[src]')].map((element) => element.getAttribute('src') ?? ''),
  ];
  const internal = refs
    .map((ref) => new URL(ref, pageUrl))
    .filter((url) => url.origin === new URL(pageUrl).origin && !url.href.startsWith(`${pageUrl}#`));
  return {
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    internal: internal.map((url) => url.pathname),
  };
}

describe(`${WORKFLOW}, run as GitHub would on a push`, () => {
  it('uses GitHub’s checkout, setup-node and Pages actions, and uploads out/', () => {
    const { build, deploy } = readWorkflow(WORKFLOW);
    expect(build?.steps.filter((step) => step.uses).map((step) => step.uses)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'actions/upload-pages-artifact@v5',
    ]);
    expect(build?.steps.at(-1)?.with).toMatchObject({ path: 'out', 'include-hidden-files': 'true' });
    expect(deploy?.needs).toEqual(['build']);
    expect(deploy?.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it.each<{ repository: string; vars: Record<string, string>; chosen: Record<string, string> }>([
    { repository: 'SomeOwner/notes-site', vars: {}, chosen: { BASE_PATH: '/notes-site' } },
    { repository: 'SomeOwner/someowner.github.io', vars: {}, chosen: { BASE_PATH: '' } },
    { repository: 'SomeOwner/notes-site', vars: { BASE_PATH: '/' }, chosen: { BASE_PATH: '' } },
    { repository: 'SomeOwner/notes-site', vars: { BASE_PATH: '/links/' }, chosen: { BASE_PATH: '/links' } },
    {
      repository: 'SomeOwner/notes-site',
      vars: { BASE_PATH: '/', SITE_URL: 'https://notes.example.org' },
      chosen: { BASE_PATH: '', SITE_URL: 'https://notes.example.org' },
    },
  ])('chooses the address of $repository with variables $vars', async ({ repository, vars, chosen }) => {
    const { build } = readWorkflow(WORKFLOW);
    const choose = build?.steps.filter((step) => step.name === "Choose the site's address") ?? [];
    expect(choose).toHaveLength(1);
    const { githubEnv } = await runJob({ needs: [], steps: choose }, { repository, vars, workspace: tmpdir() });
    expect(githubEnv).toEqual(chosen);
  });

  // The two cases side by side, each in its own checkout: while one job waits on a single-threaded
  // step (typecheck, lint, copying), the other has the cores.
  it.concurrent.for([
    { repository: 'SomeOwner/notes-site', site: 'https://someowner.github.io/notes-site/', basePath: '/notes-site' },
    { repository: 'SomeOwner/someowner.github.io', site: 'https://someowner.github.io/', basePath: '' },
  ])('publishes $repository at $site', async ({ repository, site, basePath }, { expect, onTestFinished }) => {
    const workspace = checkout();
    onTestFinished(() => rmSync(workspace, { recursive: true, force: true }));
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
    expect(home.internal.length).toBeGreaterThan(10);
    for (const pathname of home.internal) {
      expect(pathname.startsWith(`${basePath}/`), pathname).toBe(true);
      expect(resolvePagesPath(pathname, { dir: out, basePath }).status, pathname).toBe(200);
    }
    expect(pageLinks(out, 'tags/index.html', `${site}tags/`).canonical).toBe(`${site}tags/`);

    // Each of the site's own addresses in the feeds and the sitemap names a file Pages serves
    // there: a prefix alone would let `https://<owner>.github.io/url-notes/…` pass for a user site.
    const servedAt = (address: string) =>
      address.startsWith(site) && resolvePagesPath(new URL(address).pathname, { dir: out, basePath }).status === 200;
    for (const [file, addresses] of Object.entries(siteAddresses(out))) {
      expect(addresses.length, file).toBeGreaterThan(1);
      expect(
        addresses.filter((address) => !servedAt(address)),
        file,
      ).toEqual([]);
    }
  });
});
