// What an answer means for a note's link. "Dead" is kept for answers that say the page is gone for
// everyone, because a later `--mark` will act on it; anything that may pass is "failing for now".
import { networkError } from '@/lib/web/client';

/** dead: gone for good; moved: a permanent redirect to a working page; failing: try again later. */
export type Verdict = 'dead' | 'moved' | 'failing' | 'fine';

/** One URL's result, as reported, cached and (later) marked in notes. */
export type LinkResult = {
  url: string;
  verdict: Verdict;
  /** The last HTTP status (`404`), or the network error (`ENOTFOUND`, `ECONNREFUSED`, `timeout`). */
  status: string;
  /** What happened, in words: `moved to https://…`, `not found`, `timed out after 15 s`. */
  detail: string;
  /** Where a permanent redirect chain leads, when the verdict is `moved`. */
  movedTo?: string;
};

const GONE: Record<number, string> = {
  404: 'not found',
  410: 'gone',
  451: 'unavailable for legal reasons',
};

/** The verdict on the last answer of a redirect chain; `movedTo` when every hop so far was permanent. */
export function statusVerdict(url: string, status: number, movedTo?: string): LinkResult {
  const result = (verdict: Verdict, detail: string): LinkResult => ({ url, verdict, status: String(status), detail });
  if (status >= 200 && status < 300) {
    return movedTo ? { ...result('moved', `moved to ${movedTo}`), movedTo } : result('fine', 'ok');
  }
  const after = movedTo ? ` (after a permanent redirect to ${movedTo})` : '';
  if (status in GONE) return result('dead', `${GONE[status]}${after}`);
  // The page answers, but not to strangers: a login wall or bot protection is not a dead link.
  if (status === 401 || status === 403) return result('fine', `restricted (${status}): needs a login or a browser`);
  if (status === 429) return result('failing', 'rate limited (429), still after retries');
  if (status >= 500) return result('failing', `server error (${status})`);
  return result('failing', `unexpected answer (${status})`);
}

const TLS = /CERT|SSL|TLS/;

/**
 * The verdict on a request that got no answer: DNS, refused, reset, TLS or a timeout. `failedAt` is
 * the address asked, when a redirect led away from the note's `url`: the message names its host.
 */
export function errorVerdict(url: string, error: unknown, timeoutMs: number, failedAt = url): LinkResult {
  const { code, message } = networkError(error);
  const host = new URL(failedAt).hostname;
  const redirected = failedAt === url ? '' : `, where the link redirects`;
  const result = (verdict: Verdict, detail: string): LinkResult => ({ url, verdict, status: code, detail });
  // The name does not exist at all; a DNS server that does not answer is EAI_AGAIN instead.
  if (code === 'ENOTFOUND') return result('dead', `no such host (DNS): ${host}${redirected}`);
  const at = redirected && ` (at ${host}${redirected})`;
  if (code === 'timeout') return result('failing', `no answer within ${timeoutMs / 1000} s${at}`);
  if (code === 'ECONNREFUSED') return result('failing', `connection refused${at}`);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return result('failing', `connection closed by the server${at}`);
  if (TLS.test(code)) return result('failing', `TLS error${at}: ${message}`);
  return result('failing', `network error${at}: ${message}`);
}

/** A failing result for a redirect chain that leads nowhere. */
export function redirectFailure(url: string, status: number, detail: string): LinkResult {
  return { url, verdict: 'failing', status: String(status), detail };
}
