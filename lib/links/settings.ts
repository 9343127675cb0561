import { browserHeaders } from '@/lib/web/settings';

// Every knob of the link checker in one place: the command reads its flags over these defaults,
// the tests pass small values so a run against a local server ends in a second or two.

/** How one URL is asked: timeouts, redirects, retries and the headers a browser would send. */
export type ProbeSettings = {
  /** Per request; a server that never answers is "failing for now", not a hang. */
  timeoutMs: number;
  /** Redirects followed before giving up on a chain. */
  maxRedirects: number;
  /** Extra attempts after a 429 or 503. */
  retries: number;
  /** First backoff when the server sends no Retry-After; doubled on each attempt. */
  backoffMs: number;
  /** The longest wait for one retry, whatever Retry-After asks for. */
  maxRetryWaitMs: number;
  headers: Record<string, string>;
};

/** How many URLs are asked at once, overall and per host, and the pause between two to one host. */
export type PoolSettings = { concurrency: number; perHost: number; hostPauseMs: number };

export const PROBE_DEFAULTS: ProbeSettings = {
  timeoutMs: 15_000,
  maxRedirects: 10,
  retries: 2,
  backoffMs: 2_000,
  maxRetryWaitMs: 30_000,
  headers: browserHeaders('url-notes-check-links'),
};

export const POOL_DEFAULTS: PoolSettings = { concurrency: 8, perHost: 2, hostPauseMs: 1_000 };

/** Where results are kept between runs (ignored by git), relative to the working folder. */
export const CACHE_FILE = '.cache/links.json';

/** A fine or moved result younger than this is not asked again; dead and failing ones always are. */
export const CACHE_MAX_AGE_DAYS = 7;
