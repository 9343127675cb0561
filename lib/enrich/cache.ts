// What each page gave, kept between runs so that a second run asks no page it asked lately: its
// title, description and source, or why what answered was not the page. Read like the link cache
// (lib/links/cache.ts): a record is taken only as a run writes it, since its text goes into notes.
import { isTime, isWebUrl, isYounger, readRecords, writeRecords } from '@/lib/links/cache';

/** What a page gave: its title and description, if it has them, and the site's name (or host); or why it was not read. */
export type PageFacts =
  | { read: true; title?: string; description?: string; source: string }
  | { read: false; reason: string };

/** A page's facts and when it was read (an ISO time, UTC). */
export type PageRecord = PageFacts & { readAt: string };

export type PageCache = Map<string, PageRecord>;

const FORMAT = { version: 1, field: 'pages', kind: 'page cache' };

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

function parseRecord(url: string, value: unknown): PageRecord | string {
  if (!isWebUrl(url)) return 'not an http(s) URL';
  if (typeof value !== 'object' || value === null) return 'not a record';
  const { read, readAt, reason, title, description, source } = Object.fromEntries(Object.entries(value));
  if (!isTime(readAt)) return 'readAt is not a time as enrich writes it';
  if (read === false) return typeof reason === 'string' && isText(reason) ? { read, reason, readAt } : 'no reason';
  if (read !== true) return 'read is neither true nor false';
  if (typeof source !== 'string' || !isText(source)) return 'source is not text';
  for (const [name, text] of Object.entries({ title, description })) {
    if (text !== undefined && !isText(text)) return `${name} is not text`;
  }
  return {
    read,
    source,
    readAt,
    ...(typeof title === 'string' && { title }),
    ...(typeof description === 'string' && { description }),
  };
}

/** The cache file's records; a missing file is an empty cache, a record not as a run writes it a warning. */
export function readPageCache(file: string): { cache: PageCache; warnings: string[] } {
  const { records, warnings } = readRecords(file, FORMAT, parseRecord);
  return { cache: records, warnings };
}

/** Writes the records, whole or not at all. */
export function writePageCache(file: string, cache: PageCache) {
  writeRecords(file, FORMAT, cache);
}

/** Whether a record is younger than `maxAgeDays`, and so stands in for asking the page again. */
export function isFreshPage(record: PageRecord, now: Date, maxAgeDays: number): boolean {
  return isYounger(record.readAt, now, maxAgeDays);
}
