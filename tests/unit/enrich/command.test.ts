import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POOL_DEFAULTS } from '@/lib/links/settings';
import { CLI_TIMEOUT } from '../scratch';
import { html, type LocalWeb, type Page, startLocalWeb } from '../web/web';
import { enrichScratch, noteText } from './run';

const meta = (property: string, content: string) => `<meta property="${property}" content="${content}">`;
const LONG_TITLE = 'Long '.repeat(120).trim();

// Twelve pages on each host that answer only once two requests to their host are in flight (or a
// moment after, for the last of them), so that a run that broke the per-host limit would show it.
const inFlight = new Map<string, number>();
const mostInFlight = new Map<string, number>();
const waiting = new Map<string, (() => void)[]>();
const crowded: Page = (request: IncomingMessage, response: ServerResponse) => {
  const host = request.headers.host ?? '';
  inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
  mostInFlight.set(host, Math.max(mostInFlight.get(host) ?? 0, inFlight.get(host) ?? 0));
  const answer = () => {
    inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
    html(`<title>Crowded ${request.url}</title>${meta('og:description', 'One of many.')}`)(request, response, web);
  };
  const queue = waiting.get(host) ?? [];
  queue.push(answer);
  waiting.set(host, queue);
  if (queue.length >= POOL_DEFAULTS.perHost) for (const release of queue.splice(0)) release();
  else setTimeout(() => queue.includes(answer) && queue.splice(queue.indexOf(answer), 1) && answer(), 200);
};

const PAGES: Record<string, Page> = {
  '/article': html(
    `<title>An article | Example Site</title>${meta('og:description', 'What the article says, &amp; more.')}${meta('og:site_name', 'Example Site')}`,
  ),
  '/owner': html(`<title>The page's own title</title>${meta('og:description', 'The page describes itself.')}`),
  '/owner-both': html(`<title>Never asked</title>`),
  '/decoded/caf%C3%A9': html(`<title>Café page</title>`),
  '/no-description': html('<title>No description here</title>'),
  '/missing': html('<title>Page not found</title>', '', { status: 404 }),
  '/challenge': html('<title>Just a moment...</title>', '', { status: 503 }),
  '/long-title': html(`<title>${LONG_TITLE}</title>`),
  ...Object.fromEntries(Array.from({ length: 12 }, (_, n) => [`/crowded/${n}`, crowded])),
};

let web: LocalWeb;
beforeAll(async () => {
  web = await startLocalWeb(PAGES);
});
afterAll(() => web.close());

const { write, read, snapshot, run, cacheExists } = enrichScratch();
const asked = (path: string) => web.requests.filter((request) => request.endsWith(path)).length;

/** The scratch folder's notes: one of each kind a run meets. */
function writeNotes() {
  const url = (path: string, host: 1 | 2 = 1) => web.url(path, host);
  write('a-url-title', noteText({ title: url('/article'), url: url('/article') }));
  write(
    'b-no-scheme',
    noteText(
      { title: url('/decoded/café').replace('http://', ''), url: url('/decoded/caf%C3%A9') },
      'Owner summary.\n',
    ),
  );
  write('c-owner-title', noteText({ title: 'My own title', url: url('/owner') }));
  write('d-owner-both', noteText({ title: 'Mine', url: url('/owner-both') }, 'Mine too.\n'));
  write('e-missing', noteText({ title: url('/missing'), url: url('/missing') }));
  write('f-challenge', noteText({ title: url('/challenge'), url: url('/challenge') }));
  write('g-long-title', noteText({ title: url('/long-title'), url: url('/long-title') }, 'Kept.\n'));
  write('h-no-description', noteText({ title: url('/no-description', 2), url: url('/no-description', 2) }));
}

describe('npm run enrich', () => {
  it(
    'fills titles that are URLs and empty summaries from the pages, leaves what the owner wrote, and a second run asks nothing',
    async () => {
      writeNotes();
      const before = snapshot();
      const first = await run();
      expect(first.status).toBe(0);
      const url = (path: string, host: 1 | 2 = 1) => web.url(path, host);

      // The title is the page's, without its site's name; the summary quotes the description and names the site.
      expect(read('a-url-title')).toBe(
        noteText(
          { title: 'An article', url: url('/article') },
          '> What the article says, \\& more.\n\n— Example Site\n',
        ),
      );
      // A title that is the URL without its scheme and percent-decoded is a URL too; the owner's summary stays.
      expect(read('b-no-scheme')).toBe(
        noteText({ title: 'Café page', url: url('/decoded/caf%C3%A9') }, 'Owner summary.\n'),
      );
      // The owner's title stays; the empty summary is filled, the host named as no site name is given.
      expect(read('c-owner-title')).toBe(
        noteText({ title: 'My own title', url: url('/owner') }, `> The page describes itself.\n\n— 127.0.0.1\n`),
      );
      expect(read('d-owner-both')).toBe(before['d-owner-both.md']);
      expect(asked('/owner-both')).toBe(0);
      // A 404 and a challenge never become a title.
      expect(read('e-missing')).toBe(before['e-missing.md']);
      expect(read('f-challenge')).toBe(before['f-challenge.md']);
      // A title too long for the check is cut at a word, as \`npm run new\` cuts it: 599 characters → 495.
      expect(read('g-long-title')).toBe(
        noteText({ title: `${'Long '.repeat(99).trim()}…`, url: url('/long-title') }, 'Kept.\n'),
      );
      expect(first.stderr).toBe('');
      expect(read('h-no-description')).toBe(noteText({ title: 'No description here', url: url('/no-description', 2) }));

      expect(first.stdout).toMatch(/e-missing\.md: left as it was; the server answered 404/);
      expect(first.stdout).toMatch(/f-challenge\.md: left as it was; a bot challenge \(Cloudflare\) answered/);
      expect(first.stdout.trim().split('\n').at(-1)).toBe(
        'enrich: 4 titles and 2 summaries filled, 2 left as they were (1: a bot challenge (Cloudflare) answered instead of the page; ' +
          '1: the server answered 404), 0 refused; 7 pages asked, 0 from the cache',
      );

      const requests = web.requests.length;
      const filled = snapshot();
      const second = await run();
      expect(second.status).toBe(0);
      expect(web.requests.length - requests).toBe(0);
      expect(snapshot()).toEqual(filled);
      expect(second.stdout.trim().split('\n').at(-1)).toMatch(
        /^enrich: 0 titles and 0 summaries filled, 3 left as they were \(.*\), 0 refused; 0 pages asked, 3 from the cache$/,
      );
    },
    // Two runs, one after the other.
    2 * CLI_TIMEOUT,
  );

  it(
    '--dry-run says what would change and writes nothing, notes nor cache',
    async () => {
      writeNotes();
      const before = snapshot();
      const { status, stdout } = await run('--dry-run');
      expect(status).toBe(0);
      expect(snapshot()).toEqual(before);
      expect(cacheExists()).toBe(false);
      expect(stdout).toMatch(
        /a-url-title\.md: would get title "An article" and summary quoting the page's description/,
      );
      expect(stdout.trim().split('\n').at(-1)).toMatch(
        /^enrich \(dry run, nothing written\): 4 titles and 2 summaries would be filled, 2 left as they were/,
      );
    },
    CLI_TIMEOUT,
  );

  it(
    '--limit N fills at most N notes and asks only their pages',
    async () => {
      writeNotes();
      const before = snapshot();
      const requests = web.requests.length;
      const { status, stdout } = await run('--limit', '2');
      expect(status).toBe(0);
      expect(web.requests.length - requests).toBe(2);
      const after = snapshot();
      const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
      expect(changed).toEqual(['a-url-title.md', 'b-no-scheme.md']);
      expect(stdout).toMatch(/2 pages asked/);
    },
    CLI_TIMEOUT,
  );

  it(
    'asks at most the pool’s per-host limit of pages at once on each host',
    async () => {
      for (let n = 0; n < 12; n++) {
        for (const host of [1, 2] as const) {
          const url = web.url(`/crowded/${n}`, host);
          write(`crowded-${host}-${n}`, noteText({ title: url, url }));
        }
      }
      const { status, stdout } = await run();
      expect(status).toBe(0);
      expect(stdout.trim().split('\n').at(-1)).toMatch(/^enrich: 24 titles and 24 summaries filled, 0 left/);
      expect([...mostInFlight.keys()]).toHaveLength(2);
      for (const most of mostInFlight.values()) expect(most).toBeLessThanOrEqual(POOL_DEFAULTS.perHost);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses a bad --limit in one line, and --help prints the usage',
    async () => {
      const bad = await run('--limit', '0');
      expect(bad.status).toBe(1);
      expect(bad.stderr.trim()).toBe('enrich: --limit: must be a whole number of notes, at least 1 (got "0")');
      const help = await run('--help');
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^usage: npm run enrich -- \[--dry-run\] \[--limit N\]/);
    },
    2 * CLI_TIMEOUT,
  );

  it(
    'refuses a --timeout or --pause past what a Node timer holds in one line, not a stack trace',
    async () => {
      for (const flag of ['--timeout', '--pause']) {
        const bad = await run(flag, '1e9');
        expect(bad.status).toBe(1);
        expect(bad.stderr.trim()).toBe(
          `enrich: ${flag}: must be a number of seconds, from ${flag === '--timeout' ? '0.001' : '0'} to 2147483 (got "1e9")`,
        );
      }
    },
    2 * CLI_TIMEOUT,
  );
});
