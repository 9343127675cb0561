// One URL's probe: HEAD (GET where HEAD is refused), redirects followed by hand so that permanent
// ones can be told from temporary ones, 429/503 retried, every request under a timeout.
import { setTimeout as sleep } from 'node:timers/promises';
import { hasTabOrBreak, parseWebUrl } from '@/lib/urls';
import { PROBE_DEFAULTS, type ProbeSettings } from './settings';
import { errorVerdict, type LinkResult, redirectFailure, statusVerdict } from './verdict';

// Servers that refuse HEAD (405, 501) or answer it differently from GET (403) get a GET.
const HEAD_REFUSED = new Set([403, 405, 501]);
const RETRIED = new Set([429, 503]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);

type Answer = { status: number; location: string | null; retryAfter: string | null };

async function request(url: string, method: 'HEAD' | 'GET', settings: ProbeSettings): Promise<Answer> {
  const response = await fetch(url, {
    method,
    redirect: 'manual',
    headers: settings.headers,
    signal: AbortSignal.timeout(settings.timeoutMs),
  });
  // Only the status matters: drop the body so the connection is freed, not read to the end.
  await response.body?.cancel();
  const { headers } = response;
  return { status: response.status, location: utf8(headers.get('location')), retryAfter: headers.get('retry-after') };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A header's value read as UTF-8, as browsers read a Location: fetch hands header bytes over one
 * character each (Latin-1), which would turn a raw `ü` into `Ã¼`. Bytes that are not UTF-8 stay so.
 */
function utf8(value: string | null): string | null {
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

/** How long to wait before asking again: Retry-After (seconds or an HTTP date), else doubling backoff; capped. */
export function retryWait(retryAfter: string | null, attempt: number, settings: ProbeSettings, now = Date.now()) {
  const seconds = retryAfter === null || retryAfter.trim() === '' ? Number.NaN : Number(retryAfter);
  const date = retryAfter === null ? Number.NaN : Date.parse(retryAfter) - now;
  const asked = Number.isFinite(seconds) ? seconds * 1000 : Number.isFinite(date) ? date : Number.NaN;
  const wait = Number.isFinite(asked) ? asked : settings.backoffMs * 2 ** attempt;
  return Math.min(Math.max(wait, 0), settings.maxRetryWaitMs);
}

// One step of the chain: HEAD, GET where needed, and retries while the server says "later".
async function answer(url: string, settings: ProbeSettings): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    let reply = await request(url, 'HEAD', settings);
    if (HEAD_REFUSED.has(reply.status)) reply = await request(url, 'GET', settings);
    if (!RETRIED.has(reply.status) || attempt >= settings.retries) return reply;
    await sleep(retryWait(reply.retryAfter, attempt, settings));
  }
}

/** Asks one URL and says what became of it; network failures are results, never thrown. */
export async function checkLink(url: string, settings: ProbeSettings = PROBE_DEFAULTS): Promise<LinkResult> {
  const seen = new Set([url]);
  let current = url;
  // The note's URL has moved only as far as an unbroken run of permanent redirects takes it.
  let permanentSoFar = true;
  let movedTo: string | undefined;
  try {
    for (let hops = 0; ; hops++) {
      const { status, location } = await answer(current, settings);
      if (!REDIRECTS.has(status)) return statusVerdict(url, status, movedTo);
      if (location === null) return redirectFailure(url, status, 'redirect without a Location');
      if (hasTabOrBreak(location)) {
        return redirectFailure(
          url,
          status,
          `redirect to an address with a tab or line break inside: ${JSON.stringify(location)}`,
        );
      }
      const next = redirectTarget(location, current);
      if (next === null) return redirectFailure(url, status, `redirect to a non-web address: ${location}`);
      // A loop may be a site that wants cookies first, so it is not called dead.
      if (seen.has(next.href)) return redirectFailure(url, status, `redirect loop at ${next.href}`);
      if (hops >= settings.maxRedirects) {
        return redirectFailure(url, status, `more than ${settings.maxRedirects} redirects`);
      }
      seen.add(next.href);
      permanentSoFar &&= PERMANENT.has(status);
      if (permanentSoFar) movedTo = next.href;
      current = next.href;
    }
  } catch (error) {
    return errorVerdict(url, error, settings.timeoutMs, current);
  }
}
