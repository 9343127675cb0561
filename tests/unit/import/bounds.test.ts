// An import's memory is bounded and its time linear whatever the export's shape (issue 31): each
// case runs the command with a 256 MB heap, so a regression fails by crashing or by the run's
// time limit, never by a timing asserted. Scaling figures are in bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createDeflateRaw } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { MAX_FOLDER_DEPTH } from '@/lib/import/fields';
import { MAX_JSON_DEPTH } from '@/lib/import/json-stream';
import { MAX_ZIP_ENTRY_BYTES } from '@/lib/import/zip';
import { CLI_TIMEOUT, scratchNotes } from '../scratch';

const { folder } = scratchNotes();
const day = (i: number) => 1_600_000_000 + i * 60;

/** An export file beside the notes' folder, removed after the test. */
function exportFile(name: string, content: string | Buffer): string {
  const file = `${folder.dir}-${name}`;
  writeFileSync(file, content);
  onTestFinished(() => rmSync(file, { force: true }));
  return file;
}

/** `npm run import -- file` with a 256 MB heap and a time limit. */
function importBounded(file: string, ...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--max-old-space-size=256', '--import', 'tsx', 'scripts/import.ts', file, ...args],
    { env: { ...process.env, NOTES_DIR: folder.dir }, encoding: 'utf8', timeout: 3 * CLI_TIMEOUT },
  );
  return { ...run, lines: run.stdout.trim().split('\n') };
}

/** Raw deflate of `mb` MiB of line breaks (a few hundred KB), with Node's zlib. */
async function deflatedNewlines(mb: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  const megabyte = Buffer.alloc(1 << 20, '\n');
  for (let i = 0; i < mb; i += 1) if (!deflate.write(megabyte)) await new Promise((go) => deflate.once('drain', go));
  deflate.end();
  await ended;
  return Buffer.concat(chunks);
}

/**
 * A zip of one deflated file, its sizes as given (a zip bomb may state any), laid out as the
 * format's specification (APPNOTE.TXT 4.3) says: local header, data, central directory, its end.
 */
function oneFileZip(name: string, data: Buffer, statedSize: number): Buffer {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(statedSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(statedSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + data.length, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe('an import whose memory stays bounded', { timeout: 4 * CLI_TIMEOUT }, () => {
  it('refuses JSON nested 30,000 deep in one line (it took 4 GB and crashed)', () => {
    const first = '{"href":"https://deep.example/","description":"Deep","time":"2021-03-04T05:06:07Z"}';
    const file = exportFile('deep.json', `[${first},${'['.repeat(30_000)}${']'.repeat(30_000)}]\n`);
    const { status, stdout, stderr } = importBounded(file);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${file}: lists and objects nested more than ${MAX_JSON_DEPTH} deep, which no export does; nothing was written\n`,
    );
    expect(status).toBe(1);
  });

  it('refuses a zip bomb, by its stated size or, when that lies, by what it inflates to, in one line', async () => {
    const mb = MAX_ZIP_ENTRY_BYTES / (1 << 20) + 16;
    const deflated = await deflatedNewlines(mb);
    const honest = exportFile('honest.zip', oneFileZip('part_000000.csv', deflated, mb << 20));
    const refused = importBounded(honest);
    expect(refused.stderr).toBe(
      `${honest}: part_000000.csv: inflates to ${(mb << 20).toLocaleString('en')} bytes, more than import reads from one file of a zip (${MAX_ZIP_ENTRY_BYTES >> 20} MB); nothing was written\n`,
    );
    expect(refused.status).toBe(1);
    const lying = exportFile('lying.zip', oneFileZip('part_000000.csv', deflated, 1_000));
    const stopped = importBounded(lying);
    expect(stopped.stderr).toBe(
      `${lying}: part_000000.csv: inflates to more than ${MAX_ZIP_ENTRY_BYTES >> 20} MB, more than import reads from one file of a zip; nothing was written\n`,
    );
    expect(stopped.status).toBe(1);
    expect(readdirSync(folder.dir)).toEqual([]);
  });

  it('refuses Netscape folders nested 20,000 deep in one line (it took 1.8 GB)', () => {
    const levels = Array.from(
      { length: 20_000 },
      (_, i) =>
        `<DT><H3>Folder ${i}</H3>\n<DL><p>\n<DT><A HREF="https://nested.example/${i}" ADD_DATE="${day(i)}">Nested ${i}</A>\n`,
    );
    const file = exportFile(
      'nested.html',
      `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n${levels.join('')}${'</DL><p>\n'.repeat(20_001)}`,
    );
    const { status, stdout, stderr } = importBounded(file, '--folders-as-tags');
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${file}: folders nested more than ${MAX_FOLDER_DEPTH} deep, deeper than import reads; move the deepest nearer the top and export again; nothing was written\n`,
    );
    expect(status).toBe(1);
  });

  it('reads 4,000 Karakeep lists chained by parentId, naming each bookmark in a list deeper than 100', () => {
    const bookmarks = Array.from({ length: 4_000 }, (_, i) => ({
      createdAt: day(i),
      title: `Chained ${i}`,
      tags: [],
      lists: [`list-${i}`],
      content: { type: 'link', url: `https://chain.example/${i}` },
      note: null,
      archived: false,
    }));
    const lists = Array.from({ length: 4_000 }, (_, i) => ({
      id: `list-${i}`,
      name: `List ${i}`,
      parentId: i === 0 ? null : `list-${i - 1}`,
    }));
    const file = exportFile('chain.json', JSON.stringify({ bookmarks, lists }));
    const { status, lines } = importBounded(file, '--folders-as-tags');
    expect(status).toBe(0);
    expect(lines[0]).toBe(
      `${file} (Karakeep (Hoarder) JSON): imported 100, skipped 0 as duplicates, skipped 3900 as invalid`,
    );
    expect(lines).toContain(
      '  https://chain.example/100: is in folders nested 101 deep, deeper than import reads (100); move it nearer the top and export again',
    );
  });

  it('reads 4,000 Linkwarden collections chained by parentId, naming each link in one deeper than 100', () => {
    const collections = Array.from({ length: 4_000 }, (_, i) => ({
      id: i + 1,
      name: `Collection ${i}`,
      parentId: i === 0 ? null : i,
      links: [{ url: `https://collections.example/${i}`, name: `Collected ${i}`, createdAt: '2024-01-02T03:04:05Z' }],
    }));
    const file = exportFile('collections.json', JSON.stringify({ collections, pinnedLinks: [] }));
    const { status, lines } = importBounded(file);
    expect(status).toBe(0);
    expect(lines[0]).toBe(`${file} (Linkwarden JSON): imported 100, skipped 0 as duplicates, skipped 3900 as invalid`);
    expect(lines).toContain(
      '  https://collections.example/100: is in folders nested 101 deep, deeper than import reads (100); move it nearer the top and export again',
    );
  });
});
