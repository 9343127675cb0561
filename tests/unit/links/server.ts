// A local web server with one path per way a link can go wrong, on 127.0.0.1 and a free port,
// counting the requests it gets so tests can see what a run asked.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Server } from 'node:net';

type Route = (request: IncomingMessage, response: ServerResponse, count: number) => void;

const status =
  (code: number, headers: Record<string, string> = {}): Route =>
  (_request, response) => {
    response.writeHead(code, headers);
    response.end(code === 200 ? '<!doctype html><title>ok</title>' : '');
  };
const redirect = (code: number, location: string) => status(code, { location });

const ROUTES: Record<string, Route> = {
  '/ok': status(200),
  '/old': redirect(301, '/ok'),
  '/permanent': redirect(308, '/ok'),
  '/temporary': redirect(302, '/ok'),
  '/old-then-temporary': redirect(301, '/temporary'),
  '/missing': status(404),
  '/gone': status(410),
  '/busy': status(429, { 'retry-after': '1' }),
  '/busy-once': (request, response, count) =>
    status(count === 1 ? 429 : 200, { 'retry-after': '0' })(request, response, count),
  '/broken': status(500),
  '/unavailable-once': (request, response, count) => status(count === 1 ? 503 : 200)(request, response, count),
  '/loop-a': redirect(301, '/loop-b'),
  '/loop-b': redirect(301, '/loop-a'),
  '/no-head': (request, response, count) => status(request.method === 'HEAD' ? 405 : 200)(request, response, count),
  '/forbidden-head': (request, response, count) =>
    status(request.method === 'HEAD' ? 403 : 200)(request, response, count),
  // Takes the request and never answers; only the client's timeout ends it.
  '/hang': () => {},
  // A permanent redirect to an address five times as long as a note's url may be.
  '/to-long': redirect(301, `/land/${'a'.repeat(10_000)}`),
  // A redirect wherever `?to=` says, its Location sent as raw UTF-8 bytes (Node writes header
  // strings byte per character), with the status `?code=` names (301 by default).
  '/redirect': (request, response, count) => {
    const query = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams;
    const location = Buffer.from(query.get('to') ?? '/', 'utf8').toString('latin1');
    redirect(Number(query.get('code') ?? 301), location)(request, response, count);
  },
};

function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no port');
  return address.port;
}

/**
 * Starts the server; `url(path)` addresses it, `redirectTo(location)` is its address that redirects
 * there, and `requests` lists `METHOD /path` as they came.
 */
export async function startLinkServer() {
  const requests: string[] = [];
  const counts = new Map<string, number>();
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(`${request.method} ${pathname}`);
    // Counted per address with its query, so a test can ask a "once" path afresh with `?another`.
    const key = request.url ?? '/';
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const hop = /^\/hop\/(\d+)$/.exec(pathname);
    if (hop) return redirect(301, `/hop/${Number(hop[1]) + 1}`)(request, response, 0);
    // Where redirects land: every path under /land/ answers.
    if (pathname.startsWith('/land/')) return status(200)(request, response, 0);
    (ROUTES[pathname] ?? status(404))(request, response, counts.get(key) ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = portOf(server);
  return {
    url: (pathname: string) => `http://127.0.0.1:${port}${pathname}`,
    redirectTo: (location: string, code = 301) =>
      `http://127.0.0.1:${port}/redirect?code=${code}&to=${encodeURIComponent(location)}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        // The hanging request holds its socket open; drop it so close() can finish.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens: a server is bound, its port noted, and closed. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = portOf(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}
