// A small stand-in for a GitHub Actions runner: it reads a workflow with a YAML parser and runs one
// job's `run:` steps in order with bash, with the environment a runner gives them. `uses:` steps
// (GitHub's own actions) are returned for the caller to check, not run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { owner, type RunnerContext, substituteExpressions, substituteValues } from './expressions';
import { parseGithubEnv } from './github-env';

export type Step = {
  name?: string;
  run?: string;
  uses?: string;
  with: Record<string, string>;
  env: Record<string, string>;
  workingDirectory?: string;
  shell?: string;
};

export type Job = { needs: string[]; env: Record<string, string>; steps: Step[] };

const STEP_KEYS = new Set(['name', 'id', 'run', 'uses', 'with', 'env', 'working-directory', 'shell']);

/** The jobs of a workflow file, each step checked for keys this runner does not understand. */
export function readWorkflow(file: string): Record<string, Job> {
  const workflow: unknown = parse(readFileSync(file, 'utf8'));
  const jobs = isRecord(workflow) && isRecord(workflow.jobs) ? workflow.jobs : {};
  if (isRecord(workflow) && (workflow.env !== undefined || workflow.defaults !== undefined))
    throw new Error(`${file}: workflow-level env or defaults: not supported by this runner`);
  return Object.fromEntries(
    Object.entries(jobs).map(([name, job]) => {
      if (!isRecord(job) || !Array.isArray(job.steps)) throw new Error(`${file}: jobs.${name}: no steps`);
      if (job.defaults !== undefined) throw new Error(`${file}: jobs.${name}: defaults: not supported by this runner`);
      const needs = job.needs === undefined ? [] : [job.needs].flat().map(String);
      return [
        name,
        {
          needs,
          env: stringValues(job.env, `${file}: jobs.${name}.env`),
          steps: job.steps.map((step, index) => readStep(step, `${file}: jobs.${name}.steps[${index}]`)),
        },
      ];
    }),
  );
}

function readStep(step: unknown, where: string): Step {
  if (!isRecord(step)) throw new Error(`${where}: not a mapping`);
  const unknownKeys = Object.keys(step).filter((key) => !STEP_KEYS.has(key));
  if (unknownKeys.length > 0) throw new Error(`${where}: ${unknownKeys.join(', ')}: not supported by this runner`);
  if ((step.run === undefined) === (step.uses === undefined))
    throw new Error(`${where}: needs exactly one of run, uses`);
  // GitHub runs `run:` with bash on Linux; another shell would need another interpreter here.
  if (step.shell !== undefined && step.shell !== 'bash') throw new Error(`${where}: shell: only bash is supported`);
  return {
    name: step.name === undefined ? undefined : String(step.name),
    run: step.run === undefined ? undefined : String(step.run),
    uses: step.uses === undefined ? undefined : String(step.uses),
    with: stringValues(step.with, `${where}.with`),
    env: stringValues(step.env, `${where}.env`),
    workingDirectory: step['working-directory'] === undefined ? undefined : String(step['working-directory']),
    shell: step.shell === undefined ? undefined : String(step.shell),
  };
}

function stringValues(value: unknown, where: string): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new Error(`${where}: not a mapping`);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the environment of a step holds before its own `env:`: the runner's variables and the machine's basics. */
function runnerEnvironment(context: RunnerContext): Record<string, string> {
  // Only what a fresh runner has: nothing of the calling process (NODE_ENV=test under vitest,
  // BASE_PATH or SITE_URL from the developer's shell) may reach the steps.
  const machine = Object.fromEntries(
    ['PATH', 'HOME', 'LANG', 'TMPDIR', 'npm_config_cache'].flatMap((name) => {
      const value = process.env[name];
      return value === undefined ? [] : [[name, value]];
    }),
  );
  return {
    ...machine,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: context.repository,
    GITHUB_REPOSITORY_OWNER: owner(context),
    GITHUB_WORKSPACE: context.workspace,
    RUNNER_OS: 'Linux',
  };
}

export type StepRunner = (step: Step, environment: Record<string, string>) => void | Promise<void>;

/**
 * Runs bash on a step's script with exactly `environment` (`env -i`). Asynchronous, so that two
 * jobs can run side by side in one test process; the whole output is kept for a failure's message.
 * When `signal` aborts (a test's timeout), the step and every process under it are killed, so that
 * no build goes on writing into a scratch folder its test has removed.
 */
async function runBash(args: string[], environment: Record<string, string>, cwd: string, signal?: AbortSignal) {
  signal?.throwIfAborted();
  const assignments = Object.entries(environment).map(([name, value]) => `${name}=${value}`);
  // A process group of its own: killing it reaches npm, next build and its workers, not only bash.
  const child = spawn('env', ['-i', ...assignments, 'bash', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const killGroup = () => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // ESRCH: every process of the group had ended already.
    }
  };
  signal?.addEventListener('abort', killGroup, { once: true });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const status = await new Promise<number | string>((resolve, reject) => {
    child.once('error', reject);
    // A step killed by a signal has no exit code; it failed all the same.
    child.once('close', (code, killedBy) => resolve(code ?? String(killedBy)));
  }).finally(() => signal?.removeEventListener('abort', killGroup));
  return { status, output };
}

/**
 * Runs the job's `run:` steps in order, each with bash in its working directory, the runner's
 * environment, what earlier steps wrote to GITHUB_ENV and its own `env:`. A step may be handed to
 * `replace` instead (say, `npm ci`); a failing step throws with its output, and `signal` kills the
 * running step. Returns the steps run and skipped, the variables the steps wrote to GITHUB_ENV, and
 * what they wrote to GITHUB_STEP_SUMMARY.
 */
export async function runJob(
  job: Job,
  context: RunnerContext,
  replace: (step: Step) => StepRunner | undefined = () => undefined,
  signal?: AbortSignal,
): Promise<{ ran: Step[]; skipped: Step[]; githubEnv: Record<string, string>; summary: string }> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'runner-'));
  const fromEarlierSteps: Record<string, string> = {};
  const ran: Step[] = [];
  const skipped: Step[] = [];
  let summary = '';
  try {
    for (const [index, step] of job.steps.entries()) {
      if (step.run === undefined) {
        skipped.push(step);
        continue;
      }
      const githubEnv = path.join(scratch, `env-${index}`);
      writeFileSync(githubEnv, '');
      const stepSummary = path.join(scratch, `summary-${index}.md`);
      writeFileSync(stepSummary, '');
      const environment = {
        ...runnerEnvironment(context),
        ...substituteValues(job.env, context),
        ...fromEarlierSteps,
        ...substituteValues(step.env, context),
        GITHUB_ENV: githubEnv,
        GITHUB_STEP_SUMMARY: stepSummary,
      };
      const label = step.name ?? step.run;
      const replacement = replace(step);
      if (replacement) await replacement(step, environment);
      else {
        const script = path.join(scratch, `step-${index}.sh`);
        writeFileSync(script, substituteExpressions(step.run, context));
        const cwd = path.resolve(context.workspace, substituteExpressions(step.workingDirectory ?? '.', context));
        // The command lines GitHub documents for `run:` without a shell, and with `shell: bash`.
        const bash = step.shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail'] : ['-e'];
        // The step sees exactly `environment`, nothing of this process's own.
        const result = await runBash([...bash, script], environment, cwd, signal);
        if (result.status !== 0)
          throw new Error(`step "${label}" exited with ${result.status}:\n${result.output.slice(-6000)}`);
      }
      Object.assign(fromEarlierSteps, parseGithubEnv(readFileSync(githubEnv, 'utf8')));
      // GitHub shows each step's summary file on the run's page, one after another.
      summary += readFileSync(stepSummary, 'utf8');
      ran.push(step);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { ran, skipped, githubEnv: fromEarlierSteps, summary };
}
