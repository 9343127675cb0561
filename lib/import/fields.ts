// What every reader needs to turn an export's fields into a bookmark's: dates from the ways
// exports write them, the longest text worth holding, and the extras kept in the summary.
import { MAX_SUMMARY_BYTES, MAX_TAGS } from '@/lib/content/limits';
import { isCalendarDate } from '@/lib/dates';
import type { Extra } from './types';

/**
 * The longest field a reader holds: no title, URL or summary of a note may be longer, so a longer
 * one is counted, not kept, and the entry reported, and an import's memory stays a small multiple
 * of the largest note that could come of it.
 */
export const MAX_FIELD_CHARS = MAX_SUMMARY_BYTES;

/** The one-line problem of an entry with a field longer than any note holds. */
export function tooLong(field: string, chars: number): string {
  return `${field}: is ${chars.toLocaleString('en')} characters, longer than a note may hold (${MAX_FIELD_CHARS.toLocaleString('en')})`;
}

/**
 * How deep a bookmark's folders (lists) may nest: as many as a note may have tags, which
 * `--folders-as-tags` makes them. Each bookmark holds its folders' names, so a deeper tree would
 * cost its bookmarks times its depth (20,000 nested Netscape folders took 1.8 GB, issue 31); a
 * bookmark deeper than this is reported instead.
 */
export const MAX_FOLDER_DEPTH = MAX_TAGS;

/** The one-line problem of a bookmark whose folders nest deeper than MAX_FOLDER_DEPTH. */
export function tooDeep(depth: number): string {
  return `is in folders nested ${depth.toLocaleString('en')} deep, deeper than import reads (${MAX_FOLDER_DEPTH}); move it nearer the top and export again`;
}

/** `YYYY-MM-DD` of a date, or undefined when it is not a date between the years 1 and 9999. */
function day(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const year = date.getUTCFullYear();
  return year < 1 || year > 9999 ? undefined : date.toISOString().slice(0, 10);
}

/** A Unix time (`ADD_DATE`, `time_added`, `createdAt`) as `YYYY-MM-DD`; undefined when missing or garbled. */
export function unixDate(value: string | number | null | undefined): string | undefined {
  const seconds = Number(value);
  if (value === null || value === undefined || value === '' || !Number.isFinite(seconds) || seconds <= 0)
    return undefined;
  // Some exporters write milliseconds or microseconds; a date after 3000 means a smaller unit.
  const ms = seconds > 3e13 ? seconds / 1000 : seconds > 3e10 ? seconds : seconds * 1000;
  return day(new Date(ms));
}

/** An ISO-8601 date or date-time (`2024-01-02T03:04:05.123Z`) as its UTC `YYYY-MM-DD`; undefined when garbled. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || !isCalendarDate(value.slice(0, 10))) return undefined;
  return value.length === 10 ? value : day(new Date(value));
}

/** The day after `date`, both `YYYY-MM-DD`. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** `[{ label, text }]` when the text says anything, else nothing. */
export function extra(label: Extra['label'], text: string | null | undefined): Extra[] {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? [] : [{ label, text: trimmed }];
}

/** Tags from a cell that separates them with `separator`, empty ones left out. */
export function splitTags(cell: string | undefined, separator: string | RegExp): string[] {
  return (cell ?? '')
    .split(separator)
    .map((tag) => tag.trim())
    .filter(Boolean);
}
