// The character encoding of an export that is not a zip, and its text as a stream. Exports are
// UTF-8, but a CSV saved by a spreadsheet on Windows can be UTF-16 (with a byte-order mark) or a
// legacy code page such as Latin-1: read in the encoding it is in (the mark, else chardet's guess,
// said in the report), never turned into U+FFFD; text that is none of them is refused (issue 31).
import { createReadStream } from 'node:fs';
import { pipeline, type Readable, Transform } from 'node:stream';
import chardet from 'chardet';
import type { ExportFile, TextEncoding } from './types';

export const UTF8: TextEncoding = { label: 'utf-8', said: false };

const MARKS: { bytes: number[]; label: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8' },
  { bytes: [0xff, 0xfe], label: 'utf-16le' },
  { bytes: [0xfe, 0xff], label: 'utf-16be' },
];

/** Whether TextDecoder reads `label`. */
function decodable(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Whether bytes are UTF-8, the last character allowed to be cut off by the end of what was read. */
function isUtf8(start: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(start, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-16 without a mark, told by where its NULs fall: text mostly in ASCII has one in every other
 * byte, odd bytes in little-endian, even in big-endian. chardet reads such text as Latin-1.
 */
function utf16Unmarked(start: Buffer): string | undefined {
  const nuls = [0, 0];
  start.forEach((byte, at) => {
    if (byte === 0) nuls[at % 2] += 1;
  });
  const [even, odd] = nuls;
  const half = start.length / 4;
  if (odd > half && even === 0) return 'utf-16le';
  if (even > half && odd === 0) return 'utf-16be';
  return undefined;
}

/** The encoding of a file from its first bytes. Throws a one-line Error when it cannot be told. */
export function encodingOf(start: Buffer): TextEncoding {
  const mark = MARKS.find(({ bytes }) => bytes.every((byte, at) => start[at] === byte));
  if (mark) return { label: mark.label, said: mark.label !== 'utf-8' };
  const utf8 = isUtf8(start);
  // UTF-16 without a mark is valid UTF-8 with a NUL every other byte; no export has a NUL.
  if (utf8 && !start.includes(0)) return UTF8;
  const unmarked = utf16Unmarked(start);
  if (unmarked) return { label: unmarked, said: true };
  const guess = chardet.detect(start);
  if (utf8 && (guess === null || /^utf-8$/i.test(guess))) return UTF8;
  if (guess === null || /^utf-(8|32)/i.test(guess) || !decodable(guess))
    throw new Error('is not UTF-8 text, and its encoding cannot be told; save it as UTF-8');
  return { label: guess, said: true };
}

/** The text of an export in its encoding, as a stream of strings; bytes not valid in it fail with a one-line error. */
export function exportText({ path, encoding }: ExportFile): Readable {
  const decoder = new TextDecoder(encoding.label, { fatal: true });
  let read = 0;
  const decoded = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(new Error(`is not ${encoding.label} text after byte ${read.toLocaleString('en')}; save it as UTF-8`));
      }
      read += chunk.length;
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(new Error(`breaks off inside a character at its end, in ${encoding.label}; save it as UTF-8`));
      }
    },
  });
  decoded.setEncoding('utf8');
  pipeline(createReadStream(path), decoded, () => {});
  return decoded;
}
