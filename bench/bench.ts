// `npm run bench -- --notes 10000 [--seed 7] [--kind full|pocket] [--tags 300] [--corpus <folder>] [--hugo]
// [--floor]`: builds a synthetic corpus (or the given folder) from clean with `npm run build` and measures
// what the scale targets are about; `--floor` also builds a bare Next.js export of as many routes, `--hugo`
// the same notes with Hugo. Results are printed and added to bench/RESULTS.md. A benchmark, not a test:
// numbers, no verdicts.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { elementsOf } from '@/lib/build/html-document';
import { filesUnder, mb } from '@/lib/build/site-size';
import { servePreview } from '@/lib/preview-server';
import { basePath } from '@/lib/site';
import { launchChromium } from '@/tools/chromium';
import { CORPUS_KINDS, writeCorpus } from '@/tools/corpus';
import { countNoteReads } from '@/tools/count-note-reads.mjs';
import { buildFloor } from './floor';
import { bytesByKind, FEED_FILE } from './out-kinds';
import { type Timed, timed } from './timed';

const { values } = parseArgs({
  options: {
    notes: { type: 'string', default: '1000' },
    corpus: { type: 'string' },
    seed: { type: 'string', default: '1' },
    kind: { type: 'string', default: 'full' },
    tags: { type: 'string', default: '300' },
    hugo: { type: 'boolean', default: false },
    floor: { type: 'boolean', default: false },
  },
});
const work = path.resolve('bench/.work');
const out = path.join(work, 'out');
const parseLog = path.join(work, 'parses.log');
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();

const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} KB`;
const kind = CORPUS_KINDS.find((known) => known === values.kind);
if (!kind) throw new Error(`--kind: ${values.kind} is not one of ${CORPUS_KINDS.join(', ')}`);

/** The machine's 1-minute load average: the builds share 2 cores with whatever else runs. */
const load = () => os.loadavg()[0].toFixed(1);

/** What a timed build used: CPU, the largest process, the disk it wrote, and the load around it. */
const usage = (run: Timed, loadBefore: string) =>
  `${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} CPU s, largest process ${run.peakMb.toFixed(0)} MB, ` +
  `${mb(run.diskWrittenBytes)} written to disk (load ${loadBefore} → ${load()})`;

/**
 * Gzipped bytes of the JavaScript a page runs before anyone searches: its inline script elements and the
 * script files it loads (read with the HTML parser the build uses).
 */
function pageJs(page: string): { inline: number; files: number } {
  const html = readFileSync(path.join(out, page), 'utf8');
  const scripts = elementsOf(html).filter(({ name }) => name === 'script');
  let inline = 0;
  let files = 0;
  for (const script of scripts) {
    const source = script.attribs.src;
    if (source === undefined) inline += gzipSync(html.slice(script.start, script.end + 1)).length;
    else
      files += gzipSync(
        readFileSync(path.join(out, new URL(source, 'http://site/').pathname.slice(basePath.length))),
      ).length;
  }
  return { inline, files };
}

/** Bytes a visitor downloads from /pagefind/ for a first search, measured in Chromium. */
async function firstSearchBytes(query: string): Promise<{ bytes: number; requests: number }> {
  const preview = await servePreview({ dir: out, basePath });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (request.url().includes('/pagefind/')) sizes.push(request.sizes().then((s) => s.responseBodySize));
    });
    await page.goto(`${preview.origin}${basePath}/search/?q=${encodeURIComponent(query)}`);
    await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    return { bytes, requests: sizes.length };
  } finally {
    await browser.close();
    preview.close();
  }
}

/** What the build itself reported of the export and of the site's size (lib/build/stages/). */
function buildSays(stdout: string): string[] {
  const said = stdout.split('\n').filter((line) => / as plain documents|as the Pages artifact/.test(line));
  return said.map((line) => `the build said: ${line.replace(/^.*?\/out\/: /, '').trim()}`);
}

async function main() {
  mkdirSync(work, { recursive: true });
  const count = Number(values.notes);
  const seed = Number(values.seed);
  const tags = Number(values.tags);
  const corpus = values.corpus
    ? path.resolve(values.corpus)
    : path.join(work, `corpus-${kind}-${count}-${seed}-${tags}`);
  if (!values.corpus) {
    rmSync(corpus, { recursive: true, force: true });
    writeCorpus(corpus, count, { seed, tags, kind });
  }
  const notes = readdirSync(corpus).filter((name) => name.endsWith('.md')).length;
  rmSync(out, { recursive: true, force: true });
  rmSync('.next', { recursive: true, force: true });
  rmSync(parseLog, { force: true });

  const loadBefore = load();
  const build = timed('npm', ['run', 'build'], {
    env: {
      ...process.env,
      NOTES_DIR: corpus,
      OUT_DIR: path.relative(process.cwd(), out),
      ...countNoteReads(parseLog),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  const { seconds } = build;
  const buildUsage = usage(build, loadBefore);
  const buildFolder = filesUnder('.next');

  const all = filesUnder(out);
  const html = all.filter(({ file }) => file.endsWith('.html'));
  const total = all.reduce((sum, { bytes }) => sum + bytes, 0);
  const kinds = bytesByKind(all);
  const largest = html.reduce((max, page) => (page.bytes > max.bytes ? page : max));
  const parses = readFileSync(parseLog, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' ')[0]);
  const perPid = new Map<string, number>();
  for (const pid of parses) perPid.set(pid, (perPid.get(pid) ?? 0) + 1);
  const perProcess = Math.max(...perPid.values());
  const noteSlug = readdirSync(path.join(out, 'note'))[0];
  const routes = {
    home: 'index.html',
    tag: 'tag/llm/index.html',
    note: `note/${noteSlug}/index.html`,
    tags: 'tags/index.html',
    search: 'search/index.html',
  };
  const js = Object.entries(routes).map(([name, page]) => ({ name, ...pageJs(page) }));

  const search = await firstSearchBytes('memory bandwidth');

  let hugo = '';
  if (values.hugo) {
    const anchor = path.resolve('../shared/bench/hugo-anchor.sh');
    const result = execFileSync('bash', [anchor, corpus, path.join(work, 'hugo')], { encoding: 'utf8' });
    const hugoSeconds = Number(/, ([\d.]+) s,/.exec(result)?.[1]);
    hugo = `${result.trim()}; url-notes / Hugo = ${(seconds / hugoSeconds).toFixed(1)}×`;
  }

  let floor = '';
  if (values.floor) {
    // As many routes as Next.js rendered for url-notes: its HTML pages and its feeds.
    const routes = all.filter(({ file }) => file.endsWith('.html') || FEED_FILE.test(file)).length;
    const floorLoad = load();
    const bare = buildFloor(path.join(work, 'floor'), routes);
    floor =
      `bare Next.js export of ${routes} routes: ${usage(bare, floorLoad)}; ` +
      `url-notes / floor = ${(seconds / bare.seconds).toFixed(2)}× wall, ${(build.cpuSeconds / bare.cpuSeconds).toFixed(2)}× CPU`;
  }

  const lines = [
    `notes: ${notes} (${values.corpus ? corpus : `synthetic, ${kind}, seed ${seed}, ${tags} tags`})`,
    `build: ${buildUsage}; ${html.length} HTML pages; ${((seconds * 1000) / html.length).toFixed(1)} ms per page`,
    `out/: ${mb(total)} in ${all.length} files (${kb(total / notes)} per note): HTML ${mb(kinds.html)}, feeds ${mb(kinds.feeds)}, search index ${mb(kinds.search)}, other ${mb(kinds.other)}`,
    `left in the build folder .next/: ${mb(buildFolder.reduce((sum, { bytes }) => sum + bytes, 0))} in ${buildFolder.length} files`,
    `largest HTML page: ${largest.file} ${kb(largest.bytes)}`,
    `JavaScript before a search, gzip, inline + files: ${js.map(({ name, inline, files }) => `${name} ${kb(inline)} + ${kb(files)}`).join('; ')}`,
    `first search ("memory bandwidth"): ${kb(search.bytes)} in ${search.requests} files from /pagefind/ (bytes on the wire from the preview server, which compresses as GitHub Pages does)`,
    ...buildSays(build.stdout),
    `note files read and parsed: ${perPid.size} processes read all ${notes} notes, at most ${perProcess}× per process`,
    ...(floor ? [`floor: ${floor}`] : []),
    ...(hugo ? [`anchor: ${hugo}`] : []),
  ];
  console.log(lines.join('\n'));

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const versions = `Node ${process.version}, Next.js ${JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version}`;
  appendFileSync(
    'bench/RESULTS.md',
    `\n## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${notes} notes\n\n` +
      `Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${versions}. Command: \`${command}\`\n\n` +
      `${lines.map((line) => `- ${line}`).join('\n')}\n`,
  );
}

await main();
