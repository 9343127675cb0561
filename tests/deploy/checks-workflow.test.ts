// What .github/workflows/checks.yml declares: when it runs, and that it runs every check of the code
// that `npm test` runs, with what each needs installed. Running it here would run `npm test` again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { substituteValues } from '@/tools/actions-runner/expressions';
import { readWorkflow } from '@/tools/actions-runner/runner';

const WORKFLOW = '.github/workflows/checks.yml';

/** Each job's `run:` steps, trimmed, in order. */
const runs = () =>
  Object.fromEntries(
    Object.entries(readWorkflow(WORKFLOW)).map(([name, job]) => [
      name,
      job.steps.flatMap((step) => (step.run === undefined ? [] : [step.run.trim()])),
    ]),
  );

describe(WORKFLOW, () => {
  it('runs on pull requests and on pushes that change code, not on a push of notes alone', () => {
    const workflow = parse(readFileSync(WORKFLOW, 'utf8'));
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(workflow.on.pull_request).toBeNull();
    expect(workflow.on.push).toEqual({ 'paths-ignore': ['content/**', 'site.yml'] });
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('lints, type-checks and runs every test project of npm test, each job after npm ci', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
    const projects: string[] = scripts.test.split(' && ');
    expect(projects.length).toBeGreaterThan(4);
    const steps = Object.values(runs());
    for (const command of ['npm run lint', 'npm run typecheck', ...projects]) {
      const job = steps.find((run) => run.includes(command));
      expect(job, command).toBeDefined();
      expect(job?.indexOf('npm ci'), command).toBeGreaterThanOrEqual(0);
      expect(job?.indexOf('npm ci'), command).toBeLessThan(job?.indexOf(command) ?? -1);
    }
  });

  it('installs what a project needs beyond npm before it runs, on the runner', () => {
    const needs = { 'npm run test:readers': 'python3-feedparser', 'npm run test:deploy': 'tesseract-ocr' };
    for (const [command, apt] of Object.entries(needs)) {
      const run = Object.values(runs()).find((steps) => steps.includes(command)) ?? [];
      const install = run.findIndex((step) => step.includes('apt-get install') && step.includes(apt));
      expect(install, command).toBeGreaterThanOrEqual(0);
      expect(install, command).toBeLessThan(run.indexOf(command));
    }
    // The browser tests drive the Chrome that GitHub's Ubuntu runners ship (tools/chromium.ts).
    const jobs = readWorkflow(WORKFLOW);
    const browser = Object.values(jobs).find((job) =>
      job.steps.some((step) => step.run?.trim() === 'npm run test:browser'),
    );
    expect(browser?.env.CHROME_PATH).toBe('/usr/bin/google-chrome');
  });

  it('runs the unit tests with the repository’s address variables, as the deploy’s build uses them', () => {
    const jobs = readWorkflow(WORKFLOW);
    const unit = Object.values(jobs).find((job) => job.steps.some((step) => step.run?.trim() === 'npm run test:unit'));
    const vars = { BASE_PATH: '/notes', SITE_URL: 'https://notes.example.org' };
    expect(substituteValues(unit?.env ?? {}, { repository: 'ada/links', vars, workspace: '' })).toMatchObject(vars);
  });
});
