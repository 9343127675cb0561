// Results between runs, one record per URL. Besides the last answer, each record keeps how long a
// link has been dead, so that a later `--mark` can wait for a link to stay dead before saying so.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { messageOf } from '@/lib/messages';
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

// A record from the file, or nothing if a hand edit or an older version left it unreadable.
function parseRecord(url: string, value: unknown): LinkRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const fields = Object.fromEntries(Object.entries(value));
  const { verdict, status, detail, checkedAt, deadChecks, movedTo, deadSince, lastOkAt } = fields;
  if (!isVerdict(verdict) || typeof status !== 'string' || typeof detail !== 'string') return undefined;
  if (typeof checkedAt !== 'string' || Number.isNaN(Date.parse(checkedAt))) return undefined;
  return {
    url,
    verdict,
    status,
    detail,
    checkedAt,
    deadChecks: typeof deadChecks === 'number' ? deadChecks : 0,
    ...(typeof movedTo === 'string' && { movedTo }),
    ...(typeof deadSince === 'string' && { deadSince }),
    ...(typeof lastOkAt === 'string' && { lastOkAt }),
  };
}

/** The cache file's records; a missing file is an empty cache, an unreadable one a warning. */
export function readCache(file: string): { cache: LinkCache; warning?: string } {
  const cache: LinkCache = new Map();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    return missing ? { cache } : { cache, warning: `${file}: ignored, ${messageOf(error)}` };
  }
  const { version, links } = typeof json === 'object' && json !== null ? Object.fromEntries(Object.entries(json)) : {};
  if (version !== VERSION || typeof links !== 'object' || links === null) {
    return { cache, warning: `${file}: ignored, not a version ${VERSION} link cache` };
  }
  for (const [url, value] of Object.entries(links)) {
    const record = parseRecord(url, value);
    if (record) cache.set(url, record);
  }
  return { cache };
}

/** Writes the records, whole or not at all (a new file renamed over the old one). */
export function writeCache(file: string, cache: LinkCache) {
  mkdirSync(path.dirname(file), { recursive: true });
  const links = Object.fromEntries([...cache].sort(([a], [b]) => (a < b ? -1 : 1)));
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ version: VERSION, links }, null, 2)}\n`);
  renameSync(temporary, file);
}

/** Whether a cached record can stand in for asking again: fine or moved, and younger than `maxAgeDays`. */
export function isFresh(record: LinkRecord, now: Date, maxAgeDays: number): boolean {
  if (record.verdict !== 'fine' && record.verdict !== 'moved') return false;
  const age = now.getTime() - Date.parse(record.checkedAt);
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
