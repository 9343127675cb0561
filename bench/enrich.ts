// `npx tsx bench/enrich.ts [--notes 1000] [--pause 0] [--repo DIR]`: `npm run enrich` on N notes
// whose titles are their URLs and whose summaries are empty (as an import of Pocket leaves them),
// against a local web of N pages on two hosts (127.0.0.1 and 127.0.0.2) served by this process.
// Runs the command (of `--repo`, so that an older checkout is measured against the same web) three
// times: a first run, a second that should ask nothing, and one on the notes as they were with the
// pages from the cache. Prints for each its wall time, CPU seconds, peak memory, the requests the
// local web served and the command's closing line. Numbers, no verdicts.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { noteMarkdown } from '@/lib/authoring';
import { timedAsync } from './timed';

const { values } = parseArgs({
  options: {
    notes: { type: 'string', default: '1000' },
    pause: { type: 'string', default: '0' },
    repo: { type: 'string', default: '.' },
  },
});
const count = Number(values.notes);
const work = path.resolve('bench/.work/enrich');
const notes = path.join(work, 'notes');
const cache = path.join(work, 'pages.json');

// A page as sites make them: a head of some kilobytes (metadata, styles, scripts) and a long body
// that the reader never needs to fetch.
const filler = `<link rel="stylesheet" href="/style.css"><script>${'var x = 1;'.repeat(200)}</script>`;
const body = `<article>${'<p>A paragraph of the page that enrich never reads.</p>'.repeat(400)}</article>`;
const page = (n: number) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Page ${n} | Bench Site</title>` +
  `<meta property="og:site_name" content="Bench Site"><meta property="og:description" content="What page ${n} is about, in a sentence.">` +
  `${filler}</head><body>${body}</body></html>`;

let served = 0;
const servers = [1, 2].map(() =>
  createServer((request, response) => {
    served += 1;
    const n = Number(/^\/page\/(\d+)$/.exec(request.url ?? '')?.[1] ?? Number.NaN);
    if (Number.isNaN(n)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page(n));
  }),
);
const ports: number[] = [];
for (const [index, server] of servers.entries()) {
  await new Promise<void>((resolve) => server.listen(0, `127.0.0.${index + 1}`, resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('the local web has no port');
  ports.push(address.port);
}

/** The notes as an import of Pocket leaves them: each titled by its URL, with no summary. */
function writeNotes() {
  rmSync(notes, { recursive: true, force: true });
  mkdirSync(notes, { recursive: true });
  for (let n = 0; n < count; n++) {
    const host = (n % 2) + 1;
    const url = `http://127.0.0.${host}:${ports[host - 1]}/page/${n}`;
    const note = { title: url, url, tags: ['bench'], date: '2025-01-01', summary: '' };
    writeFileSync(path.join(notes, `note-${String(n).padStart(6, '0')}.md`), noteMarkdown(note));
  }
}

rmSync(work, { recursive: true, force: true });
writeNotes();
// The third run fills the notes again from the pages the first kept: the cost of proving and
// writing the notes alone, without the network.
for (const label of ['first run', 'second run', 'notes as before, pages from the cache']) {
  if (label.startsWith('notes as before')) writeNotes();
  const before = served;
  const run = await timedAsync(
    process.execPath,
    ['--import', 'tsx', 'scripts/enrich.ts', '--pause', values.pause, '--cache', cache],
    { cwd: path.resolve(values.repo), env: { ...process.env, NOTES_DIR: notes } },
  );
  const closing = run.stdout.trim().split('\n').at(-1);
  console.log(
    `${count} notes, ${label}: ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} CPU s, ` +
      `peak ${run.peakMb.toFixed(0)} MB, ${served - before} requests served; ${closing}`,
  );
}
for (const server of servers) server.close();
rmSync(work, { recursive: true, force: true });
