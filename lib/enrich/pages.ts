// The pages of a run: each URL asked once, a fresh cached record taken instead where there is one,
// the rest read (lib/web, the one HTTP client) through the pool of `check-links`, per-host limits
// and pauses included; every answer folded into the cache.
import { runPooled } from '@/lib/links/pool';
import type { PoolSettings } from '@/lib/links/settings';
import { type PageReading, type PageSettings, pageSource, readPage } from '@/lib/web/page';
import { isFreshPage, type PageCache, type PageFacts } from './cache';

export type PagesSettings = {
  page: PageSettings;
  pool: PoolSettings;
  /** Read for fresh records unless `fresh`; updated in place with every page asked. */
  cache: PageCache;
  fresh: boolean;
  maxAgeDays: number;
  /** Called once with the number of pages to ask, then after each answer. */
  onProgress?: (asked: number, total: number) => void;
};

/** What the pages gave by URL, and how many were asked and how many taken from the cache. */
export type Pages = { facts: Map<string, PageFacts>; asked: number; cached: number };

/** What a reading gave, as the cache keeps it: the source is the site's name, else its host. */
function factsOf(reading: PageReading): PageFacts {
  if (!reading.read) return { read: false, reason: reading.reason };
  const { title, description } = reading.page;
  return {
    read: true,
    source: pageSource(reading.page),
    ...(title && { title }),
    ...(description && { description }),
  };
}

/** The facts of every URL's page: from the cache where fresh, else asked. */
export async function readPages(urls: readonly string[], settings: PagesSettings): Promise<Pages> {
  const { cache, fresh, maxAgeDays, onProgress } = settings;
  const started = new Date();
  const facts = new Map<string, PageFacts>();
  for (const url of urls) {
    const record = cache.get(url);
    if (!fresh && record !== undefined && isFreshPage(record, started, maxAgeDays)) facts.set(url, record);
  }
  const cached = facts.size;
  const toAsk = [...new Set(urls)].filter((url) => !facts.has(url));
  let asked = 0;
  onProgress?.(asked, toAsk.length);
  await runPooled(
    toAsk,
    (url) => new URL(url).host,
    async (url) => ({ url, facts: factsOf(await readPage(url, settings.page)) }),
    settings.pool,
    (answer) => {
      facts.set(answer.url, answer.facts);
      cache.set(answer.url, { ...answer.facts, readAt: new Date().toISOString() });
      onProgress?.(++asked, toAsk.length);
    },
  );
  return { facts, asked, cached };
}
