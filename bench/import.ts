// `npx tsx bench/import.ts --case same-title:10000 --case big-description --case pocket:50000 [--repo DIR]
// [--seconds S]`: writes a synthetic export for each case, imports it with `scripts/import.ts` (of
// `--repo`, so that an older checkout is measured with the same exports) into a fresh folder, and
// prints wall time, CPU seconds, peak memory and the import's first line or how it ended; `--seconds`
// kills a run that takes longer. Numbers, no verdicts. The cases of issue 31 (`pocket-parts`,
// `karakeep-chain`, `netscape-nested`, `deep-json`, `zip-bomb`, `zip-bomb-unsized`) are the shapes its probe found.
import {
  closeSync,
  createWriteStream,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Zip, ZipDeflate, zipSync } from 'fflate';
import { timed } from './timed';

const { values } = parseArgs({
  options: {
    case: { type: 'string', multiple: true, default: [] },
    repo: { type: 'string', default: '.' },
    seconds: { type: 'string' },
  },
});
const work = path.resolve('bench/.work/import');
const day = (i: number) => 1_600_000_000 + i * 60;

/** N bookmarks with one title, each its own URL: every slug after the first needs a suffix. */
function sameTitle(count: number): string {
  const file = path.join(work, `same-title-${count}.html`);
  const lines = Array.from(
    { length: count },
    (_, i) => `<DT><A HREF="https://same.example/${i}" ADD_DATE="${day(i)}" TAGS="bench">Same title</A>`,
  );
  writeFileSync(file, `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n${lines.join('\n')}\n</DL><p>\n`);
  return file;
}

/** A Pinboard export of one entry whose description is 200 MB: the import must refuse it, not hold it. */
function bigDescription(): string {
  const file = path.join(work, 'big-description.json');
  const fd = openSync(file, 'w');
  writeSync(fd, '[{"href":"https://big.example/","description":"Big","time":"2021-03-04T05:06:07Z","extended":"');
  const chunk = 'lorem ipsum '.repeat(100_000);
  for (let written = 0; written < 200e6; written += chunk.length) writeSync(fd, chunk);
  writeSync(fd, '","tags":"big","shared":"yes"}]\n');
  closeSync(fd);
  return file;
}

/** A Pocket export zip of N links in parts of 10,000 rows, as Pocket's own export splits them. */
function pocket(count: number): string {
  const file = path.join(work, `pocket-${count}.zip`);
  const parts: Record<string, Uint8Array> = {};
  for (let start = 0; start < count; start += 10_000) {
    const rows = ['title,url,time_added,tags,status'];
    for (let i = start; i < Math.min(count, start + 10_000); i += 1)
      rows.push(`"Article ${i}, saved",https://pocket.example/a/${i},${day(i)},reading|topic-${i % 50},unread`);
    parts[`part_${String(start / 10_000).padStart(6, '0')}.csv`] = new TextEncoder().encode(`${rows.join('\n')}\n`);
  }
  writeFileSync(file, zipSync(parts));
  return file;
}

/** A Pocket export zip of N parts of one link each: every part is a zip entry of its own. */
function pocketParts(count: number): string {
  const file = path.join(work, `pocket-parts-${count}.zip`);
  const parts: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i += 1)
    parts[`part_${String(i).padStart(6, '0')}.csv`] = new TextEncoder().encode(
      `title,url,time_added,tags,status\nPart ${i},https://parts.example/${i},${day(i)},bench,unread\n`,
    );
  writeFileSync(file, zipSync(parts));
  return file;
}

/** A Karakeep export of N lists, each the parent of the next, and a bookmark in each. */
function karakeepChain(count: number): string {
  const file = path.join(work, `karakeep-chain-${count}.json`);
  const bookmarks = Array.from({ length: count }, (_, i) => ({
    createdAt: day(i),
    title: `Chained ${i}`,
    tags: ['bench'],
    lists: [`list-${i}`],
    content: { type: 'link', url: `https://chain.example/${i}` },
    note: null,
    archived: false,
  }));
  const lists = Array.from({ length: count }, (_, i) => ({
    id: `list-${i}`,
    name: `List ${i}`,
    parentId: i === 0 ? null : `list-${i - 1}`,
  }));
  writeFileSync(file, JSON.stringify({ bookmarks, lists }));
  return file;
}

/** A Netscape bookmark file of N folders, each inside the one before, with a bookmark in each. */
function netscapeNested(count: number): string {
  const file = path.join(work, `netscape-nested-${count}.html`);
  const fd = openSync(file, 'w');
  writeSync(fd, '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n');
  for (let i = 0; i < count; i += 1)
    writeSync(
      fd,
      `<DT><H3>Folder ${i}</H3>\n<DL><p>\n<DT><A HREF="https://nested.example/${i}" ADD_DATE="${day(i)}">Nested ${i}</A>\n`,
    );
  writeSync(fd, '</DL><p>\n'.repeat(count + 1));
  closeSync(fd);
  return file;
}

/** A Pinboard export whose second entry is a list nested N deep: `[{…}, [[[…]]]]`. */
function deepJson(count: number): string {
  const file = path.join(work, `deep-${count}.json`);
  const first = '{"href":"https://deep.example/","description":"Deep","time":"2021-03-04T05:06:07Z"}';
  writeFileSync(file, `[${first},${'['.repeat(count)}${']'.repeat(count)}]\n`);
  return file;
}

/** A Pocket zip of about 1 MB whose one part inflates to a header and 1 GiB of line breaks. */
async function zipBomb(): Promise<string> {
  const file = path.join(work, 'zip-bomb.zip');
  const out = createWriteStream(file);
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.write(chunk);
  });
  const part = new ZipDeflate('part_000000.csv', { level: 9 });
  zip.add(part);
  part.push(new TextEncoder().encode('title,url,time_added,tags,status\n'));
  const newlines = new Uint8Array(1 << 20).fill(10);
  for (let mb = 0; mb < 1024; mb += 1) part.push(newlines);
  part.push(new Uint8Array(0), true);
  zip.end();
  await new Promise((resolve) => out.end(resolve));
  return file;
}

/** The same zip, its directory stating that the part inflates to 1,000 bytes: only inflating it tells. */
async function zipBombUnsized(): Promise<string> {
  const file = await zipBomb();
  const zip = readFileSync(file);
  const directory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt32LE(1_000, directory + 24);
  writeFileSync(file, zip);
  return file;
}

const makers: Record<string, (count: number) => string | Promise<string>> = {
  'same-title': sameTitle,
  'big-description': bigDescription,
  pocket,
  'pocket-parts': pocketParts,
  'karakeep-chain': karakeepChain,
  'netscape-nested': netscapeNested,
  'deep-json': deepJson,
  'zip-bomb': zipBomb,
  'zip-bomb-unsized': zipBombUnsized,
};

mkdirSync(work, { recursive: true });
for (const spec of values.case) {
  const [name, count = '0'] = spec.split(':');
  const make = makers[name];
  if (make === undefined) throw new Error(`unknown case ${name}; known: ${Object.keys(makers).join(', ')}`);
  const source = await make(Number(count));
  const notes = path.join(work, `notes-${name}`);
  rmSync(notes, { recursive: true, force: true });
  mkdirSync(notes);
  const limit = values.seconds === undefined ? [] : ['timeout', '-s', 'KILL', values.seconds];
  const [command, ...args] = [...limit, process.execPath, '--import', 'tsx', 'scripts/import.ts', source];
  try {
    const run = timed(command, args, {
      cwd: path.resolve(values.repo),
      env: { ...process.env, NOTES_DIR: notes },
      allowFailure: true,
    });
    const ended =
      run.status === 0
        ? run.stdout.trim().split('\n')[0]
        : `exit ${run.status}${run.status === 137 ? ' (killed)' : ''}: ${(run.stderr.split('\n').find((line) => line.trim() !== '' && !line.startsWith('url-notes-time')) ?? '').slice(0, 160)}`;
    console.log(
      `${spec}: ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} CPU s, peak ${run.peakMb.toFixed(0)} MB; ${ended}`,
    );
  } catch (error) {
    console.log(
      `${spec}: failed: ${error instanceof Error ? error.message.split('\n').slice(0, 4).join(' | ') : error}`,
    );
  }
  rmSync(notes, { recursive: true, force: true });
  rmSync(source, { force: true });
}
