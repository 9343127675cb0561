// The note contract: which front-matter fields a note has, what each must hold, and the message
// when it does not. One table drives both the checks and the type of a checked front matter.
import { DATE_FORMAT, isCalendarDate } from '@/lib/dates';
import { CONTROL } from '@/lib/one-line.mjs';
import { characterCount } from '@/lib/text';
import { notWebUrlMessage, parseWebUrl } from '@/lib/urls';
import { MAX_TAG_LENGTH, MAX_TAGS, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from './limits';
import type { Report } from './problems';

// The report callback lives with the problems it makes (a leaf), so that limits.ts need not import this file.
export type { Report };

/** Checks one field's YAML value: the value the note keeps, or undefined after reporting why not. */
type Check<T> = (value: unknown, problem: Report) => T | undefined;

// Text a reader can see: anything but white space and invisible format characters (U+200B, U+202E).
const VISIBLE = /[^\s\p{Cf}]/u;
const DAY = 24 * 60 * 60 * 1000;

/** Every front-matter field of a note, in the order the "unknown field" message lists them. */
export const FIELDS = {
  /** Required: one line of text. */
  title: ((value, problem) => {
    if (value === undefined || value === null) return void problem('title', 'missing');
    if (typeof value !== 'string' || value.trim() === '') {
      return void problem('title', `must be non-empty text (got ${describe(value)}); put it in quotes`);
    }
    if (CONTROL.test(value.trim())) return void problem('title', `must be one line of text (got ${describe(value)})`);
    if (!VISIBLE.test(value)) return void problem('title', `must have visible characters (got ${describe(value)})`);
    const length = characterCount(value.trim());
    if (length > MAX_TITLE_LENGTH)
      return void problem('title', `is ${length} characters; the most is ${MAX_TITLE_LENGTH}`);
    return value.trim();
  }) satisfies Check<string>,

  /** Required: an absolute http(s) URL. */
  url: ((value, problem) => {
    if (value === undefined || value === null) return void problem('url', 'missing');
    if (typeof value === 'string' && value.length > MAX_URL_LENGTH) {
      return void problem('url', `is ${value.length} characters; the most is ${MAX_URL_LENGTH}`);
    }
    const url = typeof value === 'string' ? parseWebUrl(value) : null;
    if (url === null) return void problem('url', notWebUrlMessage(value, describe(value)));
    return url;
  }) satisfies Check<URL>,

  /** Required: a YAML list of one or more tags, each one line of text, as written. */
  tags: ((value, problem) => {
    if (value === undefined || value === null) return void problem('tags', 'missing');
    if (!Array.isArray(value)) {
      return void problem('tags', `must be a YAML list like [llm, hardware] (got ${describe(value)})`);
    }
    if (value.length === 0) return void problem('tags', 'must list at least one tag');
    if (value.length > MAX_TAGS) {
      return void problem(
        'tags',
        `lists ${value.length} tags; the most is ${MAX_TAGS}: keep the ones a reader would follow`,
      );
    }
    const spellings: string[] = [];
    value.forEach((tag: unknown, index) => {
      const which = `tag ${index + 1}`;
      // YAML reads `2024` or `007` as a number and would drop the leading zero: ask for quotes.
      if (typeof tag === 'number') problem('tags', `${which} must be text; write it in quotes ("${tag}")`);
      else if (typeof tag !== 'string' || !VISIBLE.test(tag)) {
        problem('tags', `${which} must be non-empty text (got ${describe(tag)})`);
      } else if (CONTROL.test(tag)) problem('tags', `${which} must be one line of text (got ${describe(tag)})`);
      else if (characterCount(tag.trim()) > MAX_TAG_LENGTH) {
        problem('tags', `${which} is ${characterCount(tag.trim())} characters; the most is ${MAX_TAG_LENGTH}`);
      } else spellings.push(tag.trim());
    });
    return spellings.length === value.length ? spellings : undefined;
  }) satisfies Check<string[]>,

  /** Required: `YYYY-MM-DD`, a day that exists. */
  date: ((value, problem) => {
    if (value === undefined || value === null) return void problem('date', 'missing');
    const text = typeof value === 'string' ? value.trim() : '';
    if (!DATE_FORMAT.test(text)) return void problem('date', `must be a date as YYYY-MM-DD (got ${describe(value)})`);
    if (!isCalendarDate(text) || text.startsWith('0000')) {
      return void problem('date', `is not a real calendar date (got ${describe(value)})`);
    }
    // Relative to the clock of the machine that checks or builds: the issue asks for it, and a
    // note dated in the future is a typo. UTC's tomorrow leaves room for the time zones ahead of UTC.
    const tomorrow = utcDay(Date.now() + DAY);
    if (text > tomorrow)
      return void problem('date', `is after tomorrow (${tomorrow}); a note is dated the day it is written`);
    return text;
  }) satisfies Check<string>,

  /** Optional, false by default: a draft is checked, never published. */
  draft: ((value, problem) => {
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') return void problem('draft', `must be true or false (got ${describe(value)})`);
    return value;
  }) satisfies Check<boolean>,

  /** Optional: `YYYY-MM-DD`, the day the link was found dead (`check-links --mark`); false when alive. */
  dead: ((value, problem) => {
    if (value === undefined || value === null) return false;
    const text = typeof value === 'string' ? value.trim() : '';
    if (!DATE_FORMAT.test(text)) return void problem('dead', `must be a date as YYYY-MM-DD (got ${describe(value)})`);
    if (!isCalendarDate(text)) return void problem('dead', `is not a real calendar date (got ${describe(value)})`);
    // A day not yet come is a typo. "Tomorrow" leaves room for a clock east of UTC; the check
    // only accepts or refuses, so the built pages stay the same whenever they are built.
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    if (text > tomorrow)
      return void problem('dead', `is in the future; it is the day the link was found dead (got ${describe(value)})`);
    return text;
  }) satisfies Check<string | false>,
};

/** A note's front matter once every field has passed its check. */
export type FrontMatter = { [Field in keyof typeof FIELDS]: NonNullable<ReturnType<(typeof FIELDS)[Field]>> };

/**
 * Checks a front matter's fields against the table: the checked fields, or undefined when any
 * field is unknown or wrong (each reported).
 */
export function checkFields(data: Record<string, unknown>, problem: Report): FrontMatter | undefined {
  const names = Object.keys(FIELDS);
  let valid = true;
  for (const field of Object.keys(data)) {
    if (!names.includes(field)) {
      problem(field, `unknown field; a note has ${names.join(', ')}`);
      valid = false;
    }
  }
  const title = FIELDS.title(data.title, problem);
  const url = FIELDS.url(data.url, problem);
  const tags = FIELDS.tags(data.tags, problem);
  const date = FIELDS.date(data.date, problem);
  const draft = FIELDS.draft(data.draft, problem);
  const dead = FIELDS.dead(data.dead, problem);
  if (!valid || title === undefined || url === undefined || tags === undefined) return undefined;
  if (date === undefined || draft === undefined || dead === undefined) return undefined;
  return { title, url, tags, date, draft, dead };
}

/** A moment's day in UTC, as `YYYY-MM-DD`. */
function utcDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** A value as a message quotes it: JSON, cut at 80 characters. */
function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
