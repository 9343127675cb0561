// What a visitor who gives up does to a server: asks for a file and hangs up once the first bytes
// arrive. The preview server's test and `bench/abandoned-downloads.ts` share it (issue 31).
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';

/** The number of file descriptors this process holds open, from Linux's `/proc/self/fd`. */
export function openFileDescriptors(): number {
  return readdirSync('/proc/self/fd').length;
}

/** Asks `origin` for `pathname` and destroys the connection as soon as the first bytes come back. */
function abandonDownload(origin: string, pathname: string): Promise<void> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    });
    socket.once('data', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
    socket.once('close', () => resolve());
  });
}

/** `count` abandoned downloads of `pathname`, one after another. */
export async function abandonDownloads(origin: string, pathname: string, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await abandonDownload(origin, pathname);
}

/** Polls `condition` every 20 ms until it holds or `limit` ms have passed; says whether it held. */
export async function eventually(condition: () => boolean, limit: number): Promise<boolean> {
  const end = Date.now() + limit;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}
