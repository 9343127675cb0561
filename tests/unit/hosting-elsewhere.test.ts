// docs/hosting-elsewhere.md: the site served from a private S3 bucket through CloudFront, with the
// example viewer-request function, answers every address as GitHub Pages does.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolvePagesPath } from '@/lib/preview-server';

type Request = { uri: string; querystring: Record<string, { value: string }> };
type Redirect = { statusCode: number; headers: { location: { value: string } } };

/** The function as CloudFront runs it: the file's `handler`, no module system. */
const handler: (event: { request: Request }) => Request | Redirect = new Function(
  `${readFileSync('docs/examples/cloudfront-directory-index.js', 'utf8')}; return handler;`,
)();

let out: string;
beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'bucket-'));
  // The shapes of an export: pages as folders, files with extensions, an old tag link with a space.
  for (const file of [
    'index.html',
    '404.html',
    'tag/llm/index.html',
    'tag/llm/page/2/index.html',
    'tag/web performance/index.html',
    'note/a-note/index.html',
    'feed.xml',
    'tag/llm/feed.json',
    'og-image.png',
    'pagefind/pagefind.js',
    '_next/static/chunks/a.css',
    'search/index.html',
    '.nojekyll',
  ]) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), file);
  }
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** CloudFront before a private bucket: the function, then the object or the 404 page. */
function cloudFront(address: string): { status: number; body: string; location?: string } {
  const url = new URL(address, 'https://notes.example.org');
  const querystring = Object.fromEntries([...url.searchParams].map(([name, value]) => [name, { value }]));
  // CloudFront hands the function the path as it came, percent-encoded; S3 decodes it into a key.
  const result = handler({ request: { uri: url.pathname, querystring } });
  if ('statusCode' in result) return { status: result.statusCode, body: '', location: result.headers.location.value };
  const key = path.join(out, decodeURIComponent(result.uri).replace(/^\//, ''));
  const isObject = (() => {
    try {
      return statSync(key).isFile();
    } catch {
      return false;
    }
  })();
  return isObject
    ? { status: 200, body: readFileSync(key, 'utf8') }
    : { status: 404, body: readFileSync(path.join(out, '404.html'), 'utf8') };
}

/** GitHub Pages, as the preview server answers for it. */
function pages(address: string): { status: number; body: string; location?: string } {
  const url = new URL(address, 'https://notes.example.org');
  const answer = resolvePagesPath(url.pathname, { dir: out, basePath: '' });
  if ('location' in answer) return { status: answer.status, body: '', location: `${answer.location}${url.search}` };
  return { status: answer.status, body: readFileSync(answer.file, 'utf8') };
}

type Host = (address: string) => { status: number; body: string; location?: string };

/** The answer a browser ends with, following at most three moves, and the moves. */
function visit(host: Host, address: string) {
  const moves: string[] = [];
  let answer = host(address);
  while (answer.location !== undefined && moves.length < 3) {
    moves.push(answer.location);
    answer = host(answer.location);
  }
  return { status: answer.status, body: answer.body, moves };
}

describe('the site on S3 and CloudFront (docs/hosting-elsewhere.md)', () => {
  it('moves a folder asked for without its slash to it, keeping the query, as GitHub Pages does', () => {
    for (const address of ['/tag/llm', '/tag/web%20performance', '/search?q=zeppelin']) {
      expect(visit(cloudFront, address)).toEqual(visit(pages, address));
    }
    expect(visit(cloudFront, '/search?q=zeppelin').moves).toEqual(['/search/?q=zeppelin']);
  });

  it('ends a missing page without its slash at the 404 page too, one move later than GitHub Pages', () => {
    expect(visit(cloudFront, '/no-such-page')).toEqual({ status: 404, body: '404.html', moves: ['/no-such-page/'] });
    expect(visit(pages, '/no-such-page')).toEqual({ status: 404, body: '404.html', moves: [] });
  });

  it.each([
    '/',
    '/tag/llm/',
    '/tag/llm',
    '/tag/llm/page/2/',
    '/tag/web%20performance',
    '/note/a-note/',
    '/search?q=zeppelin',
    '/feed.xml',
    '/tag/llm/feed.json',
    '/og-image.png',
    '/pagefind/pagefind.js',
    '/_next/static/chunks/a.css',
    '/no/such/page/',
    '/no-such-file.xml',
  ])('answers %s as GitHub Pages does', (address) => {
    expect(visit(cloudFront, address)).toEqual(visit(pages, address));
  });
});

describe('docs/examples/deploy-s3.yml', () => {
  it('builds for the CDN’s address on Node.js 24, uploads out/ and clears the cache', () => {
    const workflow = parse(readFileSync('docs/examples/deploy-s3.yml', 'utf8'));
    const { deploy } = workflow.jobs;
    // The workflow's own expression, as GitHub reads it: not a template literal.
    expect(deploy.env.SITE_URL).toBe(['${{', 'vars.SITE_URL', '}}'].join(' '));
    const steps: { uses?: string; run?: string; with?: Record<string, string> }[] = deploy.steps;
    expect(steps.filter((step) => step.uses).map((step) => step.uses)).toEqual([
      'actions/checkout@v5',
      'actions/setup-node@v5',
      'aws-actions/configure-aws-credentials@v6',
    ]);
    expect(steps[1]?.with?.['node-version']).toBe(24);
    const runs = steps.flatMap((step) => (step.run ? [step.run] : [])).join('\n');
    expect(runs).toContain('npm run build');
    expect(runs).toMatch(/aws s3 sync out\/ "s3:\/\/\$BUCKET\/" --delete/);
    expect(runs).toContain('aws cloudfront create-invalidation');
  });
});
