// Runs .github/workflows/links.yml's steps as a runner would, against notes whose links point at a
// local server, and checks what it promises: weekly and by hand, read-only, the table in the job
// summary, and a passing run whatever the links (or the notes) are like.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readWorkflow, runJob, type Step } from '@/tools/actions-runner/runner';

const WORKFLOW = '.github/workflows/links.yml';

// The server answering the steps lives in a process of its own, away from this test process's work.
const SERVER = `require('node:http').createServer((request, response) => {
  response.writeHead(request.url === '/ok' ? 200 : 404);
  response.end();
}).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;

let server: ChildProcess;
let origin = '';
beforeAll(async () => {
  server = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) =>
    server.stdout?.once('data', (data) => resolve(String(data).trim())),
  );
  origin = `http://127.0.0.1:${port}`;
});
afterAll(() => {
  server.kill();
});

/** A checkout holding the workflow and what check-links needs, with these notes in content/. */
function checkout(notes: Record<string, string>): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'links-workflow-'));
  for (const entry of ['package.json', 'package-lock.json', 'tsconfig.json', 'lib', 'scripts', WORKFLOW]) {
    cpSync(entry, path.join(workspace, entry), { recursive: true });
  }
  // The fixture identity, not this repository's site.yml, which a fork changes.
  cpSync('tests/fixtures/site.yml', path.join(workspace, 'site.yml'));
  mkdirSync(path.join(workspace, 'content'));
  for (const [slug, text] of Object.entries(notes)) writeFileSync(path.join(workspace, 'content', `${slug}.md`), text);
  return workspace;
}

const note = (url: string) => `---\ntitle: A note\nurl: ${url}\ntags: [web]\ndate: 2025-01-02\n---\n`;

// `npm ci` becomes a link to this checkout's node_modules: the same lockfile, nothing downloaded.
function installFromHere(step: Step) {
  if (step.run?.trim() !== 'npm ci') return undefined;
  return (_: Step, environment: Record<string, string>) =>
    symlinkSync(path.resolve('node_modules'), path.join(environment.GITHUB_WORKSPACE ?? '', 'node_modules'));
}

function runIn(workspace: string) {
  const { 'check-links': job } = readWorkflow(path.join(workspace, WORKFLOW));
  if (job === undefined) throw new Error(`${WORKFLOW}: no check-links job`);
  return runJob(job, { repository: 'SomeOwner/notes-site', vars: {}, workspace }, installFromHere);
}

describe(WORKFLOW, () => {
  it('runs weekly and by hand, only reads the repository, and never holds up a deploy', () => {
    const workflow = parse(readFileSync(WORKFLOW, 'utf8'));
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* [0-6]$/) }]);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const { 'check-links': job } = readWorkflow(WORKFLOW);
    expect(job?.steps.filter((step) => step.uses).map((step) => step.uses)).toEqual([
      'actions/checkout@v5',
      'actions/setup-node@v5',
      'actions/cache@v5',
    ]);
    expect(job?.steps[1]?.with).toEqual({ 'node-version': '24', cache: 'npm' });
    expect(job?.steps.find((step) => step.uses === 'actions/cache@v5')?.with.path).toBe('.cache/links.json');
    const check = job?.steps.at(-1)?.run ?? '';
    expect(check).toContain('GITHUB_STEP_SUMMARY');
    expect(check).not.toContain('--strict');
  });

  it('writes the table of links to the job summary, dead ones first, and passes', { timeout: 120_000 }, async () => {
    const workspace = checkout({ alive: note(`${origin}/ok`), gone: note(`${origin}/missing`) });
    try {
      const { summary, ran } = await runIn(workspace);
      expect(ran.map((step) => step.run?.trim().split('\n')[0])).toEqual([
        'npm ci',
        expect.stringContaining('check-links -- --markdown'),
      ]);
      expect(summary).toContain('2 links: 1 dead, 0 moved, 0 failing for now, 1 fine.');
      expect(summary).toContain(
        `### Dead (1)\n\n| note | URL | status | what happened |\n| --- | --- | --- | --- |\n| content/gone.md | ${origin}/missing | 404 | not found |`,
      );
      expect(summary).toContain('<details><summary>Fine (1)</summary>');
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('passes, saying so in the summary, when check-links cannot run at all', { timeout: 120_000 }, async () => {
    const workspace = checkout({ bad: note('ftp://example.com/') });
    try {
      const { summary } = await runIn(workspace);
      expect(summary).toMatch(/^check-links could not finish; see this step's log/m);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
