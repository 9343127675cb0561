// Zip exports (Pocket's parts, Omnivore's metadata files). The archive's central directory, at its
// end, is read once into an index of where each entry lies; an entry is then read from its own
// bytes and inflated as a stream (Node's zlib), so time grows with the archive, not with its
// entries times its size, and memory with one stream's chunk, not with what an entry inflates to.
// An entry that says, or turns out, to inflate past MAX_ZIP_ENTRY_BYTES is refused (issue 31).
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { pipeline, Readable, Transform } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

const ZIP_MAGIC = 'PK\u0003\u0004';
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end-of-directory record's size without its comment, and the longest comment it may carry. */
const END_BYTES = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

/** The most an import reads from one file in a zip: 50 times a Pocket part of 10,000 long rows. */
export const MAX_ZIP_ENTRY_BYTES = 256 * 1024 * 1024;
const LIMIT_MB = MAX_ZIP_ENTRY_BYTES / 1024 / 1024;

/** Where one entry's bytes lie in the archive, as its central directory says. */
type ZipEntry = { name: string; method: number; flags: number; size: number; packed: number; header: number };

/** Reads `length` bytes at `position` of an open file. */
function bytesAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  return buffer.subarray(0, readSync(fd, buffer, 0, length, position));
}

/** The entries of the zip at `file`, by name, from its central directory. Throws a one-line Error on a broken one. */
function zipIndex(file: string): Map<string, ZipEntry> {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailStart = Math.max(0, size - END_BYTES - MAX_COMMENT);
    const tail = bytesAt(fd, tailStart, size - tailStart);
    let end = tail.length - END_BYTES;
    while (end >= 0 && tail.readUInt32LE(end) !== END_OF_DIRECTORY) end -= 1;
    if (end < 0) throw new Error('a zip without its directory of files (cut short?)');
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryStart = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directoryStart === 0xffffffff)
      throw new Error('a ZIP64 archive, which import does not read');
    const directory = bytesAt(fd, directoryStart, directorySize);
    const entries = new Map<string, ZipEntry>();
    for (let at = 0, read = 0; read < count; read += 1) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY)
        throw new Error(`a zip whose directory breaks off at entry ${read + 1}`);
      const flags = directory.readUInt16LE(at + 8);
      const nameLength = directory.readUInt16LE(at + 28);
      const skip = directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
      // Bit 11: the name is UTF-8; otherwise the old DOS code page, of which ASCII reads the same.
      const name = directory.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
      entries.set(name, {
        name,
        flags,
        method: directory.readUInt16LE(at + 10),
        packed: directory.readUInt32LE(at + 20),
        size: directory.readUInt32LE(at + 24),
        header: directory.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + skip;
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}

/** The names of the files in a zip, or undefined when `start` (the file's first bytes, as latin1) is not a zip. */
export function zipNamesOf(file: string, start: string): string[] | undefined {
  if (!start.startsWith(ZIP_MAGIC)) return undefined;
  return [...zipIndex(file).keys()];
}

/** Counts what passes and fails, naming the entry, once it passes the limit. */
function limited(name: string): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > MAX_ZIP_ENTRY_BYTES)
        done(new Error(`${name}: inflates to more than ${LIMIT_MB} MB, more than import reads from one file of a zip`));
      else done(null, chunk);
    },
  });
}

/** One entry's bytes, inflated as they are read. */
function entryStream(file: string, entry: ZipEntry): Readable {
  const { name, method, flags, size, packed } = entry;
  if (flags & 0x1) throw new Error(`${name}: encrypted; export it again without a password`);
  if (method !== STORED && method !== DEFLATED)
    throw new Error(`${name}: compressed with method ${method}, which import does not read`);
  if (size > MAX_ZIP_ENTRY_BYTES)
    throw new Error(
      `${name}: inflates to ${size.toLocaleString('en')} bytes, more than import reads from one file of a zip (${LIMIT_MB} MB)`,
    );
  const fd = openSync(file, 'r');
  let local: Buffer;
  try {
    local = bytesAt(fd, entry.header, 30);
  } finally {
    closeSync(fd);
  }
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_HEADER)
    throw new Error(`${name}: not where the zip's directory says`);
  const start = entry.header + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const raw = packed === 0 ? Readable.from([]) : createReadStream(file, { start, end: start + packed - 1 });
  const limit = limited(name);
  // A declared size can lie: the limit counts what actually comes out.
  if (method === STORED) pipeline(raw, limit, () => {});
  else pipeline(raw, createInflateRaw(), limit, () => {});
  return limit;
}

/** The files of a zip whose names `wanted` picks, in the order given, each as a stream of its bytes. */
export function* zipFiles(file: string, wanted: string[]): Generator<{ name: string; stream: Readable }> {
  const index = zipIndex(file);
  for (const name of wanted) {
    const entry = index.get(name);
    if (entry) yield { name, stream: entryStream(file, entry) };
  }
}

/** The base name of a path inside a zip: `export/part_000001.csv` → `part_000001.csv`. */
export function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}
