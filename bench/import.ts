// `npx tsx bench/import.ts --case same-title:10000 --case big-description --case pocket:50000 [--repo DIR]`:
// writes a synthetic export for each case, imports it with `scripts/import.ts` (of `--repo`, so
// that an older checkout is measured with the same exports) into a fresh folder, and prints wall
// time, CPU seconds, peak memory and the import's last line. Numbers, no verdicts.
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { timed } from './timed';

const { values } = parseArgs({
  options: { case: { type: 'string', multiple: true, default: [] }, repo: { type: 'string', default: '.' } },
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

const makers: Record<string, (count: number) => string> = {
  'same-title': sameTitle,
  'big-description': bigDescription,
  pocket,
};

mkdirSync(work, { recursive: true });
for (const spec of values.case) {
  const [name, count = '0'] = spec.split(':');
  const make = makers[name];
  if (make === undefined) throw new Error(`unknown case ${name}; known: ${Object.keys(makers).join(', ')}`);
  const source = make(Number(count));
  const notes = path.join(work, `notes-${name}`);
  rmSync(notes, { recursive: true, force: true });
  mkdirSync(notes);
  try {
    const run = timed(process.execPath, ['--import', 'tsx', 'scripts/import.ts', source], {
      cwd: path.resolve(values.repo),
      env: { ...process.env, NOTES_DIR: notes },
    });
    const summary = run.stdout.trim().split('\n')[0];
    console.log(
      `${spec}: ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} CPU s, peak ${run.peakMb.toFixed(0)} MB; ${summary}`,
    );
  } catch (error) {
    console.log(
      `${spec}: failed: ${error instanceof Error ? error.message.split('\n').slice(0, 4).join(' | ') : error}`,
    );
  }
  rmSync(notes, { recursive: true, force: true });
  rmSync(source, { force: true });
}
