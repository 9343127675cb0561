import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, retryWait } from '@/lib/links/check';
import { runPooled } from '@/lib/links/pool';
import { PROBE_DEFAULTS, type ProbeSettings } from '@/lib/links/settings';
import { closedPortUrl, startLinkServer } from './server';

// Small waits so that the run against the local server ends quickly.
// A generous timeout: answers that do come must not miss it on a busy machine; only /hang waits it out.
const FAST: ProbeSettings = { ...PROBE_DEFAULTS, timeoutMs: 5_000, backoffMs: 10, maxRetryWaitMs: 50, retries: 2 };

let server: Awaited<ReturnType<typeof startLinkServer>>;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

describe('checkLink', () => {
  it('classifies every kind of answer, all probes of one run ending', { timeout: 120_000 }, async () => {
    const closed = await closedPortUrl();
    const cases: [string, string, string, string][] = [
      [server.url('/ok'), 'fine', '200', 'ok'],
      [server.url('/old'), 'moved', '200', `moved to ${server.url('/ok')}`],
      [server.url('/permanent'), 'moved', '200', `moved to ${server.url('/ok')}`],
      [server.url('/temporary'), 'fine', '200', 'ok'],
      [server.url('/old-then-temporary'), 'moved', '200', `moved to ${server.url('/temporary')}`],
      [server.url('/missing'), 'dead', '404', 'not found'],
      [server.url('/gone'), 'dead', '410', 'gone'],
      [server.url('/busy'), 'failing', '429', 'rate limited (429), still after retries'],
      [server.url('/busy-once'), 'fine', '200', 'ok'],
      [server.url('/broken'), 'failing', '500', 'server error (500)'],
      [server.url('/unavailable-once'), 'fine', '200', 'ok'],
      [server.url('/loop-a'), 'failing', '301', `redirect loop at ${server.url('/loop-a')}`],
      [server.url('/hop/0'), 'failing', '301', `more than ${FAST.maxRedirects} redirects`],
      [server.url('/no-head'), 'fine', '200', 'ok'],
      [server.url('/forbidden-head'), 'fine', '200', 'ok'],
      [server.url('/hang'), 'failing', 'timeout', 'no answer within 5 s'],
      [closed, 'failing', 'ECONNREFUSED', 'connection refused'],
    ];
    const results = await runPooled(
      cases.map(([url]) => url),
      () => 'one host',
      (url) => checkLink(url, FAST),
      { concurrency: 8, perHost: 8, hostPauseMs: 0 },
    );
    expect(results.map(({ url, verdict, status, detail }) => [url, verdict, status, detail])).toEqual(cases);
    expect(results[1].movedTo).toBe(server.url('/ok'));
  });

  it('asks again with GET where HEAD is refused, and retries 429 and 503', async () => {
    server.requests.length = 0;
    await checkLink(server.url('/no-head'), FAST);
    await checkLink(server.url('/unavailable-once?again'), FAST);
    expect(server.requests).toEqual([
      'HEAD /no-head',
      'GET /no-head',
      'HEAD /unavailable-once',
      'HEAD /unavailable-once',
    ]);
  });

  it('gives up on a 429 after the set number of retries', async () => {
    server.requests.length = 0;
    await checkLink(server.url('/busy'), FAST);
    expect(server.requests).toEqual(['HEAD /busy', 'HEAD /busy', 'HEAD /busy']);
  });

  it('sends a browser-like User-Agent and Accept header', async () => {
    const { createServer } = await import('node:http');
    const seen: (string | undefined)[] = [];
    const echo = createServer((request, response) => {
      seen.push(request.headers['user-agent'], request.headers.accept);
      response.end();
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const address = echo.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await checkLink(`http://127.0.0.1:${port}/`, FAST);
    await new Promise((resolve) => echo.close(resolve));
    expect(seen[0]).toMatch(/^Mozilla\/5\.0 .*Chrome/);
    expect(seen[1]).toMatch(/^text\/html/);
  });

  it('reports an unknown host as dead (DNS), never throwing', async () => {
    const result = await checkLink('http://no-such-host.invalid/', FAST);
    // Without a resolver at all the lookup fails as EAI_AGAIN: failing for now, also never a crash.
    expect([result.status, result.verdict]).toEqual(
      result.status === 'ENOTFOUND' ? ['ENOTFOUND', 'dead'] : [result.status, 'failing'],
    );
    expect(result.detail).not.toBe('');
  });
});

describe('checkLink: where a redirect leads', () => {
  it('reads a Location of raw UTF-8 bytes as UTF-8, resolved against the request', async () => {
    const absolute = await checkLink(server.redirectTo('/land/new-ü/日本'), FAST);
    expect(absolute.movedTo).toBe(server.url('/land/new-%C3%BC/%E6%97%A5%E6%9C%AC'));
    const relative = await checkLink(server.redirectTo('land/ö'), FAST);
    expect(relative.movedTo).toBe(server.url('/land/%C3%B6'));
  });

  it('keeps the note URL’s fragment when the target has none, and takes the target’s own', async () => {
    expect((await checkLink(server.url('/old#section-3'), FAST)).movedTo).toBe(server.url('/ok#section-3'));
    const own = await checkLink(`${server.redirectTo('/land/x#top')}#section-3`, FAST);
    expect(own.movedTo).toBe(server.url('/land/x#top'));
  });

  it('refuses a Location with a tab inside rather than follow it with the tab dropped', async () => {
    const result = await checkLink(server.redirectTo('/land/a\tb'), FAST);
    expect(result).toMatchObject({
      verdict: 'failing',
      detail: 'redirect to an address with a tab or line break inside: "/land/a\\tb"',
    });
  });

  it('names the host that failed: a redirect to a host that does not exist is that host’s failure', async () => {
    const result = await checkLink(server.redirectTo('http://no-such-host.invalid/page'), FAST);
    expect(result.detail).toContain('no-such-host.invalid');
    expect(result.detail).toContain('where the link redirects');
    expect(result.detail).not.toContain('127.0.0.1');
  });
});

describe('retryWait', () => {
  const settings = { ...PROBE_DEFAULTS, backoffMs: 1_000, maxRetryWaitMs: 30_000 };
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('honours Retry-After in seconds or as an HTTP date, capped', () => {
    expect(retryWait('2', 0, settings, now)).toBe(2_000);
    expect(retryWait('Thu, 01 Jan 2026 00:00:05 GMT', 0, settings, now)).toBe(5_000);
    expect(retryWait('Wed, 31 Dec 2025 23:00:00 GMT', 0, settings, now)).toBe(0);
    expect(retryWait('86400', 0, settings, now)).toBe(30_000);
  });

  it('doubles its own backoff when the server gives none or nonsense', () => {
    expect([null, 'soon', ''].map((header) => retryWait(header, 2, settings, now))).toEqual([4_000, 4_000, 4_000]);
  });
});
