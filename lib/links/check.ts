// One URL's probe: HEAD (GET where HEAD is refused), redirects followed by hand so that permanent
// ones can be told from temporary ones, 429/503 retried, every request under a timeout.
import { setTimeout as sleep } from 'node:timers/promises';
import { followRedirects, type Hop, locationOf, request } from '@/lib/web/client';
import { PROBE_DEFAULTS, type ProbeSettings } from './settings';
import { errorVerdict, type LinkResult, redirectFailure, statusVerdict } from './verdict';

// Servers that refuse HEAD (405, 501) or answer it differently from GET (403) get a GET.
const HEAD_REFUSED = new Set([403, 405, 501]);
const RETRIED = new Set([429, 503]);
const PERMANENT = new Set([301, 308]);

type Answer = { status: number; location: string | null; retryAfter: string | null };

async function ask(url: string, method: 'HEAD' | 'GET', settings: ProbeSettings): Promise<Answer> {
  const { headers, timeoutMs } = settings;
  const response = await request(url, { method, headers, signal: AbortSignal.timeout(timeoutMs) });
  // Only the status matters: drop the body so the connection is freed, not read to the end.
  await response.body?.cancel();
  return { status: response.status, location: locationOf(response), retryAfter: response.headers.get('retry-after') };
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
    let reply = await ask(url, 'HEAD', settings);
    if (HEAD_REFUSED.has(reply.status)) reply = await ask(url, 'GET', settings);
    if (!RETRIED.has(reply.status) || attempt >= settings.retries) return reply;
    await sleep(retryWait(reply.retryAfter, attempt, settings));
  }
}

/** Where the note's URL has moved: as far as an unbroken run of permanent redirects takes it. */
function movedTo(hops: Hop[]): string | undefined {
  const permanent = hops.findIndex(({ status }) => !PERMANENT.has(status));
  return hops[(permanent === -1 ? hops.length : permanent) - 1]?.to;
}

/** Asks one URL and says what became of it; network failures are results, never thrown. */
export async function checkLink(url: string, settings: ProbeSettings = PROBE_DEFAULTS): Promise<LinkResult> {
  const chain = await followRedirects(url, (at) => answer(at, settings), settings.maxRedirects);
  if (chain.kind === 'no-answer') return errorVerdict(url, chain.error, settings.timeoutMs, chain.url);
  if (chain.kind === 'bad-redirect') return redirectFailure(url, chain.status, chain.detail);
  return statusVerdict(url, chain.answer.status, movedTo(chain.hops));
}
