// The one HTTP client of the commands that reach the network (`new`, `check-links`): requests
// with redirects followed by hand, under one rule for where a redirect may lead, and network
// failures named in words. Only these commands reach the network; the build never does.
import { hasTabOrBreak, parseWebUrl } from '@/lib/urls';

/** The statuses that redirect. */
export const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** What a redirect chain needs of each answer. */
export type Answer = { status: number; location: string | null };

/** One redirect followed: its status and where it led. */
export type Hop = { status: number; to: string };

/** Where a chain of redirects ended: an answer that is no redirect, a redirect that leads nowhere, or no answer. */
export type Chain<A extends Answer> =
  | { kind: 'answer'; answer: A; url: string; hops: Hop[] }
  | { kind: 'bad-redirect'; status: number; detail: string }
  | { kind: 'no-answer'; error: unknown; url: string };

/** A request with redirects left to the caller, so that each one can be checked and counted. */
export function request(
  url: string,
  { method, headers, signal }: { method: 'HEAD' | 'GET'; headers: Record<string, string>; signal: AbortSignal },
): Promise<Response> {
  return fetch(url, { method, redirect: 'manual', headers, signal });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The answer's Location read as UTF-8, as browsers read it: fetch hands header bytes over one
 * character each (Latin-1), which would turn a raw `ü` into `Ã¼`. Bytes that are not UTF-8 stay so.
 */
export function locationOf(response: Response): string | null {
  const value = response.headers.get('location');
  if (value === null) return null;
  try {
    return UTF8.decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}

/** Where a redirect leads: resolved against the request, with its fragment when the target has none (RFC 9110, 10.2.2). */
function redirectTarget(location: string, from: string): URL | null {
  const next = URL.canParse(location, from) ? parseWebUrl(new URL(location, from).href) : null;
  if (next !== null && next.hash === '') next.hash = new URL(from).hash;
  return next;
}

/**
 * Asks `url` through `ask` and follows its redirects: only to http(s) addresses, never one with a
 * tab or line break inside, never round a loop, at most `maxRedirects`. Never throws.
 */
export async function followRedirects<A extends Answer>(
  url: string,
  ask: (url: string) => Promise<A>,
  maxRedirects: number,
): Promise<Chain<A>> {
  const seen = new Set([url]);
  const hops: Hop[] = [];
  let current = url;
  try {
    for (;;) {
      const answer = await ask(current);
      const { status, location } = answer;
      if (!REDIRECTS.has(status)) return { kind: 'answer', answer, url: current, hops };
      const bad = (detail: string): Chain<A> => ({ kind: 'bad-redirect', status, detail });
      if (location === null) return bad('redirect without a Location');
      if (hasTabOrBreak(location)) {
        return bad(`redirect to an address with a tab or line break inside: ${JSON.stringify(location)}`);
      }
      const next = redirectTarget(location, current);
      if (next === null) return bad(`redirect to a non-web address: ${location}`);
      // A loop may be a site that wants cookies first, so it is not called dead.
      if (seen.has(next.href)) return bad(`redirect loop at ${next.href}`);
      if (hops.length >= maxRedirects) return bad(`more than ${maxRedirects} redirects`);
      seen.add(next.href);
      hops.push({ status, to: next.href });
      current = next.href;
    }
  } catch (error) {
    return { kind: 'no-answer', error, url: current };
  }
}

/** A request that got no answer, by its code (`ENOTFOUND`, `ECONNREFUSED`, `timeout`) and the error's message. */
export function networkError(error: unknown): { code: string; message: string } {
  // AbortSignal.timeout() rejects with a DOMException, which is not an Error in every realm.
  if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'TimeoutError') {
    return { code: 'timeout', message: 'timed out' };
  }
  // Node's fetch wraps the socket's error: `TypeError('fetch failed', { cause })`.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? cause.code : 'error';
  return { code, message: cause instanceof Error ? cause.message : String(cause) };
}
