// `npm run bench:deploy -- --notes starter|N [--workflow <file>] [--cache]`: how long a push of one
// new note takes to go live, as the runner simulation of tests/deploy runs it: a fresh checkout of
// this repository holding `starter` (content/ as it is) or N synthetic notes plus the new one, then
// the build job's `run:` steps of the workflow (deploy.yml unless given; an older one, from `git
// show`, for a before) with a runner's environment, `npm ci` as a hard-linked copy of node_modules.
// `--cache` first runs the job once and keeps only `.next/cache`, as actions/cache would restore it
// on the next push. GitHub's own actions (checkout, setup-node, the Pages upload) are not run.
// A benchmark, not a test: it prints numbers, no verdicts.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesUnder, mb } from '@/lib/build/site-size';
import { fail, options, orFail } from '@/lib/cli';
import { checkout, installFromHere } from '@/tools/actions-runner/checkout';
import { readWorkflow, runJob } from '@/tools/actions-runner/runner';
import { writeCorpus } from '@/tools/corpus';

const HELP = `usage: npm run bench:deploy -- --notes starter|N [--workflow <file>] [--cache]

How long a push of one new note takes to go live, as the runner simulation runs the build job.

  --notes starter|N    the repository's content/ as it is, or N synthetic notes (default starter)
  --workflow <file>    the workflow whose build job runs (default .github/workflows/deploy.yml)
  --cache              run the job once first and keep only .next/cache, as actions/cache restores it`;

const { values } = options('bench:deploy', HELP, {
  options: {
    notes: { type: 'string', default: 'starter' },
    workflow: { type: 'string', default: '.github/workflows/deploy.yml' },
    cache: { type: 'boolean', default: false },
  },
});
const notes = values.notes === 'starter' ? 'starter' : Number(values.notes);
if (notes !== 'starter' && !(Number.isInteger(notes) && notes > 0))
  fail(`bench:deploy: --notes: "starter" or a whole number of notes (got "${values.notes}")`);

/** The machine's 1-minute load average: the runs share 2 cores with whatever else runs. */
const load = () => os.loadavg()[0].toFixed(1);

/**
 * CPU seconds of every child this process has waited for (cutime + cstime of /proc/self/stat, in
 * clock ticks of 1/100 s on Linux): the steps and everything under them.
 */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const NEW_NOTE = `---\ntitle: "One more note"\nurl: https://example.org/one-more\ntags: [web]\ndate: 2026-12-06\n---\n- **Why:** the push being measured.\n`;

const { build: job } = orFail(values.workflow, () => readWorkflow(values.workflow));
if (!job) fail(`${values.workflow}: jobs: no build job`);
const context = (workspace: string) => ({ repository: 'ada/links', vars: {}, workspace });

const workspace = checkout('.', 'deploy-loop-', (file) => file.startsWith('content/'));
try {
  const content = path.join(workspace, 'content');
  if (notes === 'starter') cpSync('content', content, { recursive: true });
  else writeCorpus(content, notes);
  if (values.cache) {
    await runJob(job, context(workspace), installFromHere);
    // A fresh runner: the checkout and .next/cache (actions/cache), nothing else of the last run.
    for (const entry of ['out', 'node_modules']) rmSync(path.join(workspace, entry), { recursive: true, force: true });
    for (const entry of readdirSync(path.join(workspace, '.next')).filter((name) => name !== 'cache'))
      rmSync(path.join(workspace, '.next', entry), { recursive: true, force: true });
  }
  writeFileSync(path.join(content, 'one-more-note.md'), NEW_NOTE);
  const loadBefore = load();
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const { ran } = await runJob(job, context(workspace), installFromHere);
  const seconds = (performance.now() - started) / 1000;
  const cpu = childrenCpuSeconds() - cpuBefore;
  const cache = filesUnder(path.join(workspace, '.next', 'cache')).reduce((sum, file) => sum + file.bytes, 0);
  console.log(
    `${values.workflow}, ${notes} notes + 1, ${values.cache ? 'with' : 'without'} .next/cache: ` +
      `${seconds.toFixed(1)} s wall, ${cpu.toFixed(1)} CPU s (load ${loadBefore} → ${load()}); ` +
      `steps: ${ran.map((step) => step.run?.trim()).join(', ')}; .next/cache after: ${mb(cache)}`,
  );
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
