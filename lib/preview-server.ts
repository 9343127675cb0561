// A server that answers for an exported site the way GitHub Pages does, so that what works here
// works there, and what Pages would break breaks here too. Used by `npm run preview`, the audit,
// the benchmark and the browser tests.
import { createReadStream, existsSync, fstatSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import mime from 'mime';
import { elementsOf } from '@/lib/build/html-document';

export type PreviewOptions = {
  /** The exported site, `out/` by default. */
  dir: string;
  /** The path the site is mounted at, `/url-notes` by default (next.config.mjs). */
  basePath: string;
};

type Answer = { status: 200 | 404; file: string } | { status: 301; location: string };

/**
 * Where GitHub Pages would answer a request path: the file it serves, a redirect, or its 404.
 * Rules: the path is percent-decoded; `/x/` serves `x/index.html`; `/x` serves the file `x`, else
 * `x.html`, else redirects to `/x/` when `x` is a folder; without `.nojekyll`, Jekyll leaves out
 * every file or folder whose name starts with `_` or `.`, so those answer 404.
 */
export function resolvePagesPath(requestPath: string, { dir, basePath }: PreviewOptions): Answer {
  const root = path.resolve(dir);
  const notFound: Answer = { status: 404, file: path.join(root, '404.html') };
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return notFound;
  }
  if (decoded === basePath && basePath !== '') return { status: 301, location: `${encodePath(basePath)}/` };
  if (!decoded.startsWith(`${basePath}/`)) return notFound;

  const segments = decoded.slice(basePath.length + 1).split('/');
  const wantsFolder = segments.at(-1) === '';
  if (wantsFolder) segments.pop();
  if (segments.some((s) => s === '' || s === '..' || s === '.' || s.includes('\0'))) return notFound;
  const jekyll = !existsSync(path.join(root, '.nojekyll'));
  if (jekyll && segments.some((s) => s.startsWith('_') || s.startsWith('.'))) return notFound;

  const target = path.join(root, ...segments);
  const kind = (file: string) => {
    // Whatever the file system says no with is no file: gone (ENOENT, also a file that vanished
    // in a rebuild), a path through a file (`index.html/`: ENOTDIR), a name over 255 bytes
    // (ENAMETOOLONG), a symlink loop (ELOOP). GitHub Pages answers all of them with its 404.
    try {
      const stats = statSync(file);
      return stats.isDirectory() ? 'folder' : 'file';
    } catch {
      return 'none';
    }
  };
  if (wantsFolder) {
    const index = path.join(target, 'index.html');
    return kind(index) === 'file' ? { status: 200, file: index } : notFound;
  }
  if (kind(target) === 'file') return { status: 200, file: target };
  if (kind(`${target}.html`) === 'file') return { status: 200, file: `${target}.html` };
  if (kind(target) === 'folder') return { status: 301, location: `${encodePath(decoded)}/` };
  return notFound;
}

function encodePath(decoded: string): string {
  return decoded.split('/').map(encodeURIComponent).join('/');
}

const COMPRESSIBLE = /^text\/|javascript|json|xml|svg|wasm/;

/** An HTTP server answering as GitHub Pages would for the exported site; it answers every request and keeps serving. */
export function createPreviewServer(options: PreviewOptions): Server {
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    try {
      respond(request, response, options);
    } catch (error) {
      // Anything unforeseen is this request's 500, never the end of the server.
      serverError(request, response, error);
    }
  });
}

/** Answers one request: the file Pages would serve, its redirect, or its 404. */
function respond(request: IncomingMessage, response: ServerResponse, options: PreviewOptions): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  // The raw request target, not `new URL()`, which would read `//host/x` as another host.
  const target = request.url ?? '/';
  const query = target.indexOf('?');
  const pathname = query === -1 ? target : target.slice(0, query);
  const search = query === -1 ? '' : target.slice(query);
  const answer = resolvePagesPath(pathname, options);
  if (answer.status === 301) {
    response.writeHead(301, { Location: answer.location + search }).end();
    return;
  }
  const notFound = () => {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404: not found\n');
  };
  const type = mime.getType(answer.file) ?? 'application/octet-stream';
  // Pages compresses text with gzip for clients that accept it; so does the preview, so that
  // what Lighthouse and the browser tests measure is what visitors download.
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  // Headers go out once the file is open: a file that vanished meanwhile, or a folder, is a 404;
  // any other failure (out of file descriptors, a file that cannot be read) is the server's, a 500.
  const file = createReadStream(answer.file);
  file.on('error', (error: NodeJS.ErrnoException) => {
    if (response.headersSent) return;
    if (error.code !== undefined && GONE.has(error.code)) notFound();
    else serverError(request, response, error);
  });
  file.on('open', (fd) => {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      file.destroy();
      notFound();
      return;
    }
    response.writeHead(answer.status, {
      'Content-Type': type.startsWith('text/') || type.endsWith('javascript') ? `${type}; charset=utf-8` : type,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': stats.size }),
      Vary: 'Accept-Encoding',
      // What Pages sends: cached briefly, revalidated after.
      'Cache-Control': 'max-age=600',
    });
    if (request.method === 'HEAD') {
      file.destroy();
      response.end();
      return;
    }
    // pipeline, not pipe: when the visitor hangs up, it destroys the file stream and so closes the
    // file; pipe left it open, one descriptor per abandoned download, until none were left.
    const done = (error: Error | null) => {
      if (error) response.destroy();
    };
    if (gzip) pipeline(file, createGzip(), response, done);
    else pipeline(file, response, done);
  });
}

/** The open errors that mean there is no such file to serve, as Pages would say with its 404. */
const GONE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG', 'ELOOP']);

/** This request's 500, logged, never the end of the server. */
function serverError(request: IncomingMessage, response: ServerResponse, error: unknown): void {
  console.error(`preview: ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
  if (response.headersSent) response.destroy();
  else response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('500: server error\n');
}

/** A preview server on a free local port, for tools and tests: its origin, and how to stop it. */
export async function servePreview(options: PreviewOptions): Promise<{ origin: string; close: () => void }> {
  const server = createPreviewServer(options);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** The base path an export was built for, read from its home page's asset URLs (`<base>/_next/…`). */
export function builtBasePath(indexHtml: string): string | undefined {
  for (const { attribs } of elementsOf(indexHtml)) {
    const url = attribs.src ?? attribs.href ?? '';
    const at = url.indexOf('/_next/');
    if (url.startsWith('/') && at !== -1) return url.slice(0, at);
  }
  return undefined;
}
