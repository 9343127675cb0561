// A local web of pages made by the tests: one handler served on two hosts (127.0.0.1 and
// 127.0.0.2, each on a free port), so that redirects can cross from one site to another. It
// notes what it was asked and, for the endless page, how many bytes it sent before the reader left.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Page = (request: IncomingMessage, response: ServerResponse, web: LocalWeb) => void;

export type LocalWeb = {
  /** The address of `pathname` on the first host (127.0.0.1) or the second (127.0.0.2). */
  url: (pathname: string, host?: 1 | 2) => string;
  /** `METHOD host:port/path` as they came. */
  requests: string[];
  /** Bytes the endless page sent, and whether its reader hung up. */
  endless: { sent: number; closed: boolean };
  close: () => Promise<void>;
};

/** An HTML page of status 200 (or `status`) with `head` and `body`, as UTF-8 unless `bytes` are given. */
export const html =
  (head: string, body = '<p>The page.</p>', { status = 200, headers = {} as Record<string, string> } = {}): Page =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    response.end(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  };

/** A page given as bytes, with its own Content-Type. */
export const bytes =
  (contentType: string, ...parts: (string | Buffer)[]): Page =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': contentType });
    response.end(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part))));
  };

export const redirect =
  (location: string | ((web: LocalWeb) => string), status = 302): Page =>
  (_request, response, web) => {
    response.writeHead(status, { location: typeof location === 'string' ? location : location(web) });
    response.end();
  };

const MB = 1024 * 1024;

/**
 * A page of `totalMb` megabytes, made as it is sent and only as fast as the reader takes it:
 * `opening` first, then `filler` over and over. Nothing is held; the count shows what was sent.
 */
export const endless =
  (opening: string, filler: string, totalMb: number): Page =>
  (_request, response, web) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(totalMb * MB) });
    const chunk = Buffer.from(filler.repeat(Math.ceil((64 * 1024) / filler.length))).subarray(0, 64 * 1024);
    let left = totalMb * MB;
    const send = (part: Buffer) => {
      web.endless.sent += part.length;
      left -= part.length;
      return response.write(part);
    };
    response.on('close', () => {
      web.endless.closed = true;
    });
    const pump = () => {
      while (left > 0 && !response.destroyed) {
        if (!send(chunk.subarray(0, Math.min(chunk.length, left)))) return void response.once('drain', pump);
      }
      if (left <= 0) response.end();
    };
    send(Buffer.from(opening));
    pump();
  };

/** Starts the two hosts with these pages by path; any other path is a plain 404. */
export async function startLocalWeb(pages: Record<string, Page>): Promise<LocalWeb> {
  const ports: number[] = [];
  const web: LocalWeb = {
    url: (pathname, host = 1) => `http://127.0.0.${host}:${ports[host - 1]}${pathname}`,
    requests: [],
    endless: { sent: 0, closed: false },
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              // A page that never answers holds its socket open; drop it so close() can finish.
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
  const servers = [1, 2].map(() =>
    createServer((request, response) => {
      const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
      web.requests.push(`${request.method} ${url.host}${url.pathname}`);
      const page = pages[url.pathname];
      if (page) return page(request, response, web);
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Not found</title>');
    }),
  );
  for (const [index, server] of servers.entries()) {
    await new Promise<void>((resolve) => server.listen(0, `127.0.0.${index + 1}`, resolve));
    const address: AddressInfo | string | null = server.address();
    if (address === null || typeof address === 'string') throw new Error('the local web has no port');
    ports.push(address.port);
  }
  return web;
}
