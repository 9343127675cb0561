// `--mark`: a link dead on two checks at least a day apart gets `dead: <the day it was first found
// dead>` in its note, so the site links the archived copy; a link that answers again loses it.
// One dead answer is not enough: a site down for an afternoon, or a DNS hiccup, must not mark it.
import type { LinkRecord } from './cache';
import { addField, removeField } from './front-matter-edit';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a URL's cache record means for its notes at `now`: the `YYYY-MM-DD` to mark them dead
 * with, null to clear the mark (fine or moved: the page answers), undefined to leave them as they are.
 */
export function deadMark(record: LinkRecord | undefined, now: Date): string | null | undefined {
  if (record === undefined || record.verdict === 'failing') return undefined;
  if (record.verdict !== 'dead') return null;
  const since = record.deadSince === undefined ? Number.NaN : Date.parse(record.deadSince);
  if (record.deadChecks < 2 || !(now.getTime() - since >= DAY_MS)) return undefined;
  return new Date(since).toISOString().slice(0, 10);
}

/**
 * The note's text with the mark applied (`dead:` added, or removed), or undefined when there is
 * nothing to change: a note already marked keeps the day it was marked with. Throws EditRefused
 * when the field cannot be edited safely.
 */
export function markNote(text: string, mark: string | null): string | undefined {
  return mark === null ? removeField(text, 'dead') : addField(text, 'dead', mark);
}
