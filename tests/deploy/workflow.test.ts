// Runs .github/workflows/deploy.yml as GitHub would on a push, in a scratch copy of the
// repository, and checks that out/ is the site GitHub Pages will publish at the repository's address.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { starterNotesIn } from '@/lib/init/starter';
import { resolvePagesPath } from '@/lib/preview-server';
import { readWorkflow, runJob, type Step, substituteExpressions } from './runner';

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
  return (_: Step, environment: Record<string, string>) => install(environment.GITHUB_WORKSPACE ?? '');
}

function install(workspace: string) {
  if (!existsSync(path.join(workspace, 'node_modules')))
    execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(workspace, 'node_modules')]);
}

/** The variables the tests set that a person's shell does not have. */
const TEST_VARIABLES = ['SITE_FILE', 'NOTES_DIR', 'OUT_DIR', 'BASE_PATH', 'SITE_URL', 'GITHUB_REPOSITORY', 'NODE_ENV'];

const FORK_NOTES = ['a-first-note-of-my-own', 'a-second-note-of-my-own'];

/**
 * What a new owner does before the first push: `npm ci`, `npm run init` with their name,
 * repository and author, and two notes of their own.
 */
function makeItAdas(workspace: string) {
  install(workspace);
  const init = [
    'npm',
    'run',
    '--silent',
    'init',
    '--',
    '--name',
    'Field Notes',
    '--repository',
    'ada/links',
    '--author',
    'Ada',
  ];
  execFileSync('env', [...TEST_VARIABLES.flatMap((name) => ['-u', name]), ...init], { cwd: workspace, stdio: 'pipe' });
  for (const [index, slug] of FORK_NOTES.entries()) {
    const note = `---\ntitle: "Field note ${index + 1}"\nurl: https://example.org/field/${index + 1}\ntags: [field work]\ndate: 2026-0${index + 1}-15\n---\n- **Seen:** a thing worth keeping.\n`;
    writeFileSync(path.join(workspace, 'content', `${slug}.md`), note);
  }
}

/** Every text file of the site: pages, feeds, the sitemap, scripts, styles, icons. */
function textFiles(out: string): string[] {
  return readdirSync(out, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(html|xml|json|js|css|svg|txt)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The words on an image, as the OCR program tesseract reads them (.ci/run installs it). */
function wordsOn(image: string): string {
  return execFileSync('tesseract', [image, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** A fork's own checks: its name and author everywhere, the starter notes gone, its notes published. */
function checkAdasSite(workspace: string, out: string) {
  const page = (file: string) => new JSDOM(readFileSync(path.join(out, file), 'utf8')).window.document;
  const home = page('index.html');
  expect(home.title).toBe('Field Notes');
  expect(home.querySelector('h1')?.textContent).toBe('Field Notes');
  expect(page('tag/field-work/index.html').title).toBe('Tag: field work · Field Notes');
  expect(page('note/a-first-note-of-my-own/index.html').title).toBe('Field note 1 · Field Notes');
  const feed = (file: string) => xmlDocument(path.join(out, file));
  expect(texts(feed('feed.xml'), 'title')[0]).toBe('Field Notes');
  expect(texts(feed('atom.xml'), 'title')[0]).toBe('Field Notes');
  expect(texts(feed('atom.xml'), 'name')).toEqual(['Ada']);
  const json = JSON.parse(readFileSync(path.join(out, 'feed.json'), 'utf8'));
  expect([json.title, json.authors]).toEqual(['Field Notes', [{ name: 'Ada', url: 'https://ada.github.io/links/' }]]);
  const card = wordsOn(path.join(out, 'og-image.png'));
  expect(card).toContain('Field Notes');
  expect(card.toLowerCase()).not.toContain('url-notes');
  const mentions = textFiles(out).filter((file) => /url-notes/i.test(readFileSync(file, 'utf8')));
  expect(mentions.map((file) => path.relative(out, file))).toEqual([]);
  expect(starterNotesIn(path.join(workspace, 'content')).unchanged).toEqual([]);
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
  it('uses GitHub’s checkout, setup-node and Pages actions made for Node.js 24, and uploads out/', () => {
    const { build, deploy } = readWorkflow(WORKFLOW);
    expect(build?.steps.filter((step) => step.uses).map((step) => step.uses)).toEqual([
      'actions/checkout@v5',
      'actions/setup-node@v5',
      'actions/upload-pages-artifact@v5',
    ]);
    expect(build?.steps[1]?.with).toEqual({ 'node-version': '24', cache: 'npm' });
    expect(build?.steps.at(-1)?.with).toMatchObject({ path: 'out', 'include-hidden-files': 'true' });
    expect(deploy?.needs).toEqual(['build']);
    expect(deploy?.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v5']);
  });

  it('needs no repository variable, and hands the optional ones to every step', () => {
    const { build } = readWorkflow(WORKFLOW);
    const env = (vars: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(build?.env ?? {}).map(([name, value]) => [
          name,
          substituteExpressions(value, { repository: 'ada/links', vars, workspace: '' }),
        ]),
      );
    expect(env({})).toEqual({ BASE_PATH: '', SITE_URL: '', NEXT_TELEMETRY_DISABLED: '1' });
    expect(env({ SITE_URL: 'https://notes.example.org' })).toMatchObject({ SITE_URL: 'https://notes.example.org' });
  });

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
