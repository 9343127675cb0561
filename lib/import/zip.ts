// Zip exports (Pocket's parts, Omnivore's metadata files), read with fflate. The archive is read
// whole, its entries decompressed one at a time as a reader asks for them.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { unzipSync } from 'fflate';

const ZIP_MAGIC = 'PK\u0003\u0004';

/** The names of the files in a zip, or undefined when `start` (the file's first bytes, as latin1) is not a zip. */
export function zipNamesOf(file: string, start: string): string[] | undefined {
  if (!start.startsWith(ZIP_MAGIC)) return undefined;
  const names: string[] = [];
  unzipSync(readFileSync(file), {
    filter: ({ name }) => {
      names.push(name);
      return false;
    },
  });
  return names;
}

/** The files of a zip whose names `wanted` picks, in the order given, each as a stream of its bytes. */
export function* zipFiles(file: string, wanted: string[]): Generator<{ name: string; stream: Readable }> {
  const archive = readFileSync(file);
  for (const name of wanted) {
    const bytes = unzipSync(archive, { filter: (entry) => entry.name === name })[name];
    if (bytes) yield { name, stream: Readable.from([Buffer.from(bytes)]) };
  }
}

/** The base name of a path inside a zip: `export/part_000001.csv` → `part_000001.csv`. */
export function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}
