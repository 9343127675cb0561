// One run over the notes' links: each URL asked once however many notes share it, fresh cached
// answers reused, the rest asked through the pool, and every answer folded into the cache.
import { isFresh, type LinkCache, recordResult } from './cache';
import { checkLink } from './check';
import { runPooled } from './pool';
import type { LinkRow } from './report';
import type { PoolSettings, ProbeSettings } from './settings';
import type { LinkResult } from './verdict';

/** A note's link: the note's file as reports name it, and its URL. */
export type LinkTarget = { file: string; url: string };

export type RunSettings = {
  probe: ProbeSettings;
  pool: PoolSettings;
  /** Read for fresh answers unless `fresh`; updated in place with every new answer. */
  cache: LinkCache;
  fresh: boolean;
  maxAgeDays: number;
  /** Called once with the number of URLs to ask, then after each answer. */
  onProgress?: (asked: number, total: number) => void;
};

/** Checks every target's URL and returns one row per target, in the targets' order. */
export async function checkLinks(targets: readonly LinkTarget[], settings: RunSettings): Promise<LinkRow[]> {
  const { cache, fresh, maxAgeDays, onProgress } = settings;
  const started = new Date();
  const answers = new Map<string, LinkResult>();
  const reused = new Set<string>();
  for (const { url } of targets) {
    const record = cache.get(url);
    if (fresh || record === undefined || !isFresh(record, started, maxAgeDays)) continue;
    const { verdict, status, detail, movedTo } = record;
    answers.set(url, { url, verdict, status, detail, ...(movedTo && { movedTo }) });
    reused.add(url);
  }
  const toAsk = [...new Set(targets.map((target) => target.url))].filter((url) => !reused.has(url));
  let asked = 0;
  onProgress?.(asked, toAsk.length);
  await runPooled(
    toAsk,
    (url) => new URL(url).host,
    (url) => checkLink(url, settings.probe),
    settings.pool,
    (result) => {
      answers.set(result.url, result);
      cache.set(result.url, recordResult(result, cache.get(result.url), new Date()));
      onProgress?.(++asked, toAsk.length);
    },
  );
  return targets.map(({ file, url }) => {
    const result = answers.get(url);
    // Every URL was either reused or asked above; a miss is a bug here, not a user's problem.
    if (result === undefined) throw new Error(`check-links: no answer for ${url}`);
    return { file, result, cached: reused.has(url) };
  });
}
