// Results between runs, one record per URL. Besides the last answer, each record keeps how long a
// link has been dead, so that a later `--mark` can wait for a link to stay dead before saying so.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { messageOf } from '@/lib/messages';
import { parseWebUrl } from '@/lib/urls';
import type { LinkResult, Verdict } from './verdict';

/** The last result for a URL and its history. Times are ISO strings (UTC). */
export type LinkRecord = LinkResult & {
  checkedAt: string;
  /** When the current run of dead results began; gone once the link answers again. */
  deadSince?: string;
  /** How many checks in a row found the link dead. */
  deadChecks: number;
  /** The last time the link was fine or moved. */
  lastOkAt?: string;
};

export type LinkCache = Map<string, LinkRecord>;

const VERSION = 1;
const VERDICTS: readonly string[] = ['dead', 'moved', 'failing', 'fine'] satisfies Verdict[];

function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && VERDICTS.includes(value);
}

/** A time as a run writes it (`Date#toISOString`): a `-271821-…` or a hand-edited one is not. */
export function isTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString() === value
  );
}

/** An address a run asked or was sent to: an http(s) URL as URL writes it. */
export function isWebUrl(value: unknown): value is string {
  return typeof value === 'string' && parseWebUrl(value)?.href === value;
}

// The cache is read like any file from disk: a record is taken only as a run writes it, since its
// `movedTo` goes into notes (`--fix-moved`) and its `deadSince` becomes a note's `dead:` (`--mark`).
function parseRecord(url: string, value: unknown): LinkRecord | string {
  if (!isWebUrl(url)) return 'not an http(s) URL';
  if (typeof value !== 'object' || value === null) return 'not a record';
  const fields = Object.fromEntries(Object.entries(value));
  const { verdict, status, detail, checkedAt, deadChecks, movedTo, deadSince, lastOkAt } = fields;
  if (!isVerdict(verdict)) return `verdict is not one of ${VERDICTS.join(', ')}`;
  if (typeof status !== 'string' || typeof detail !== 'string') return 'status and detail are not text';
  if (!Number.isSafeInteger(deadChecks) || Number(deadChecks) < 0) return 'deadChecks is not a count';
  if (movedTo !== undefined && !isWebUrl(movedTo)) return 'movedTo is not an http(s) URL';
  for (const [name, time] of Object.entries({ checkedAt, deadSince, lastOkAt })) {
    if ((name === 'checkedAt' || time !== undefined) && !isTime(time)) {
      return `${name} is not a time as check-links writes it`;
    }
  }
  return {
    url,
    verdict,
    status,
    detail,
    checkedAt: String(checkedAt),
    deadChecks: Number(deadChecks),
    ...(typeof movedTo === 'string' && { movedTo }),
    ...(typeof deadSince === 'string' && { deadSince }),
    ...(typeof lastOkAt === 'string' && { lastOkAt }),
  };
}

/**
 * A cache file's records (`{ version, [field]: { url: record } }`), each taken only as `parse`
 * accepts it; a missing file is an empty cache. An unreadable file, and each record not as a run
 * writes it, is left out with a warning naming it and why. `kind` names the cache in warnings.
 */
export function readRecords<R>(
  file: string,
  { version, field, kind }: { version: number; field: string; kind: string },
  parse: (url: string, value: unknown) => R | string,
): { records: Map<string, R>; warnings: string[] } {
  const records = new Map<string, R>();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    return { records, warnings: missing ? [] : [`${file}: ignored, ${messageOf(error)}`] };
  }
  const fields = typeof json === 'object' && json !== null ? Object.fromEntries(Object.entries(json)) : {};
  const entries = fields[field];
  if (fields.version !== version || typeof entries !== 'object' || entries === null) {
    return { records, warnings: [`${file}: ignored, not a version ${version} ${kind}`] };
  }
  const warnings: string[] = [];
  for (const [url, value] of Object.entries(entries)) {
    const record = parse(url, value);
    if (typeof record === 'string') warnings.push(`${file}: ${url}: ignored, ${record}`);
    else records.set(url, record);
  }
  return { records, warnings };
}

/** Writes the records by URL, whole or not at all: a temporary file renamed over the old one, removed if that fails. */
export function writeRecords<R>(
  file: string,
  { version, field }: { version: number; field: string },
  records: Map<string, R>,
) {
  mkdirSync(path.dirname(file), { recursive: true });
  const sorted = Object.fromEntries([...records].sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileAtomic.sync(file, `${JSON.stringify({ version, [field]: sorted }, null, 2)}\n`);
}

const FORMAT = { version: VERSION, field: 'links', kind: 'link cache' };

/**
 * The cache file's records; a missing file is an empty cache. An unreadable file, and each record
 * not as a run writes it, is left out with a warning naming it and why.
 */
export function readCache(file: string): { cache: LinkCache; warnings: string[] } {
  const { records, warnings } = readRecords(file, FORMAT, parseRecord);
  return { cache: records, warnings };
}

/** Writes the records, whole or not at all. */
export function writeCache(file: string, cache: LinkCache) {
  writeRecords(file, FORMAT, cache);
}

/** Whether a cached record can stand in for asking again: fine or moved, and younger than `maxAgeDays`. */
export function isFresh(record: LinkRecord, now: Date, maxAgeDays: number): boolean {
  return (record.verdict === 'fine' || record.verdict === 'moved') && isYounger(record.checkedAt, now, maxAgeDays);
}

/** Whether `time` (as a record keeps it) is at most `maxAgeDays` before `now`, and not after it. */
export function isYounger(time: string, now: Date, maxAgeDays: number): boolean {
  const age = now.getTime() - Date.parse(time);
  return age >= 0 && age < maxAgeDays * 24 * 60 * 60 * 1000;
}

/** A new result folded into the URL's history. */
export function recordResult(result: LinkResult, previous: LinkRecord | undefined, now: Date): LinkRecord {
  const checkedAt = now.toISOString();
  const { deadSince, lastOkAt } = previous ?? {};
  if (result.verdict === 'dead') {
    const deadChecks = previous?.deadChecks ?? 0;
    return {
      ...result,
      checkedAt,
      deadSince: deadChecks > 0 && deadSince ? deadSince : checkedAt,
      deadChecks: deadChecks + 1,
      ...(lastOkAt && { lastOkAt }),
    };
  }
  // "Failing for now" neither confirms nor clears a dead streak: the next real answer decides.
  if (result.verdict === 'failing') {
    return {
      ...result,
      checkedAt,
      deadChecks: previous?.deadChecks ?? 0,
      ...(deadSince && { deadSince }),
      ...(lastOkAt && { lastOkAt }),
    };
  }
  return { ...result, checkedAt, deadChecks: 0, lastOkAt: checkedAt };
}
