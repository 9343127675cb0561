// JSON exports read as they stream in: stream-json's tokenizer gives strings piece by piece, and
// this small assembler builds only the values a reader picks, each string cut at the longest
// field a note could hold. A 200 MB description costs its count, not 200 MB (issue 22).
import type { Readable } from 'node:stream';
import { getManyValues, isMany, none } from 'stream-chain/defs.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { withoutBom } from '@/lib/text';
import { MAX_FIELD_CHARS, tooLong } from './fields';

/** A string longer than any note field, kept as its length. */
export class TooLong {
  constructor(readonly chars: number) {}
}

export type Json = string | number | boolean | null | TooLong | Json[] | { [key: string]: Json };
export type JsonPath = (string | number)[];
/** What to do with the value at a path: yield it on its own, drop it unread, or (undefined) keep it in its parent. */
export type Pick = (path: JsonPath) => 'emit' | 'skip' | undefined;
/** A picked value, its path, and the containers around it as far as they are read. */
export type Picked = { path: JsonPath; value: Json; parents: Json[] };

/**
 * How deep lists and objects may nest: an export nests a few levels. Each value's path is a copy of
 * its parent's, so a deeper text would cost its length times its depth (a 60 KB file nested
 * 30,000 deep took 4 GB, issue 31); refused instead.
 */
export const MAX_JSON_DEPTH = 100;

type Mode = 'keep' | 'emit' | 'skip';
type Frame = { value: Json[] | { [key: string]: Json }; path: JsonPath; mode: Mode; count: number; key?: string };

/** The values of a JSON text that `pick` asks for, in document order. Throws on text that is not JSON. */
export async function* jsonItems(source: Readable, pick: Pick): AsyncGenerator<Picked> {
  const parse = jsonParser({ packValues: false, streamValues: true });
  const stack: Frame[] = [];
  const out: Picked[] = [];
  let text: string[] = [];
  let chars = 0;
  let reading = false; // whether the string or number being streamed is kept

  const place = (): { path: JsonPath; mode: Mode; parent?: Frame } => {
    const parent = stack.at(-1);
    if (parent === undefined) return { path: [], mode: pick([]) ?? 'keep' };
    const path = [...parent.path, Array.isArray(parent.value) ? parent.count : (parent.key ?? '')];
    return { path, mode: parent.mode === 'skip' ? 'skip' : (pick(path) ?? 'keep'), parent };
  };
  const settle = (value: Json, path: JsonPath, mode: Mode, parent?: Frame) => {
    if (parent) parent.count += 1;
    if (mode === 'emit') out.push({ path, value, parents: stack.map((frame) => frame.value) });
    else if (mode === 'keep' && parent) {
      if (Array.isArray(parent.value)) parent.value.push(value);
      else parent.value[parent.key ?? ''] = value;
    }
  };
  const leaf = (value: Json) => {
    const { path, mode, parent } = place();
    settle(value, path, mode, parent);
  };
  const collected = (): string | TooLong => {
    const value = chars > MAX_FIELD_CHARS ? new TooLong(chars) : text.join('');
    text = [];
    chars = 0;
    return value;
  };

  const take = (token: Token) => {
    switch (token.name) {
      case 'startObject':
      case 'startArray': {
        if (stack.length >= MAX_JSON_DEPTH)
          throw new Error(`lists and objects nested more than ${MAX_JSON_DEPTH} deep, which no export does`);
        const { path, mode } = place();
        stack.push({ value: token.name === 'startArray' ? [] : {}, path, mode, count: 0 });
        break;
      }
      case 'endObject':
      case 'endArray': {
        const frame = stack.pop();
        if (frame) settle(frame.value, frame.path, frame.mode, stack.at(-1));
        break;
      }
      case 'startKey':
        reading = true;
        break;
      case 'startString':
      case 'startNumber':
        reading = place().mode !== 'skip';
        break;
      case 'stringChunk':
      case 'numberChunk':
        if (reading) {
          chars += token.value.length;
          if (chars <= MAX_FIELD_CHARS) text.push(token.value);
        }
        break;
      case 'endKey': {
        const key = collected();
        const frame = stack.at(-1);
        if (frame) frame.key = typeof key === 'string' ? key : '';
        break;
      }
      case 'endString':
        leaf(collected());
        break;
      case 'endNumber': {
        const digits = collected();
        leaf(typeof digits === 'string' ? Number(digits) : Number.NaN);
        break;
      }
      case 'nullValue':
      case 'trueValue':
      case 'falseValue':
        leaf(token.value);
        break;
    }
  };
  const feed = (result: ReturnType<typeof parse>) => {
    if (isMany(result)) for (const token of getManyValues(result)) take(token);
  };

  source.setEncoding('utf8');
  let first = true;
  for await (const chunk of source) {
    // The tokenizer refuses a byte-order mark, which editors on Windows put first.
    feed(parse(first ? withoutBom(String(chunk)) : String(chunk)));
    first = false;
    yield* out.splice(0);
  }
  // The end of the text, which stream-chain signals with `none` (its types leave that call out):
  // text that breaks off inside a value throws here instead of ending quietly.
  feed(Reflect.apply(parse, undefined, [none]));
  yield* out.splice(0);
}

/** A picked value as an object of fields, or undefined when it is not one. */
export function asObject(value: Json): { [key: string]: Json } | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof TooLong)
    ? value
    : undefined;
}

/** The problem of the first field of `keys` whose text is longer than a note may hold, if any. */
export function overlong(entry: { [key: string]: Json }, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = entry[key];
    if (value instanceof TooLong) return tooLong(key, value.chars);
  }
  return undefined;
}

/**
 * What `make` builds of an entry whose `fields` (its URL under `url`) are all within a note's
 * limits, or the problem of the first that is not, named by the URL or else `where`.
 */
export function withinLimits<T>(
  fields: { [key: string]: Json },
  where: string,
  make: () => T,
): T | { where: string; problem: string } {
  const problem = overlong(fields, Object.keys(fields));
  return problem ? { where: str(fields.url ?? null) || where, problem } : make();
}

/** A field as text: `''` when it is missing or not a string. */
export function str(value: Json | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** How a JSON value reads in a message: `a number (12345)`, `null`, `an object`. */
export function describeJson(value: Json | undefined): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (value instanceof TooLong) return `${value.chars.toLocaleString('en')} characters long`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}
