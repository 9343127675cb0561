// The repository a workflow's job runs in, as actions/checkout leaves it, and its `npm ci`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Step } from './runner';

/**
 * A scratch copy of what `git add -A` would commit in `source` (tracked files and new ones git does
 * not ignore), so that uncommitted work runs too; on a fresh clone it is exactly the checkout. The
 * files `leaveOut` names stay behind (the caller puts its own there). The copy is made a git
 * repository, as actions/checkout leaves it, because Biome reads .gitignore through git.
 */
export function checkout(source: string, prefix: string, leaveOut: (file: string) => boolean = () => false): string {
  const workspace = mkdtempSync(path.join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: source,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && !leaveOut(file) && existsSync(path.join(source, file)));
  for (const file of new Set(files)) cpSync(path.join(source, file), path.join(workspace, file));
  execFileSync('git', ['init', '--quiet'], { cwd: workspace });
  return workspace;
}

/**
 * `npm ci` becomes a hard-linked copy of this checkout's node_modules: the same lockfile, without
 * downloading 700 MB again (.ci/run itself starts with `npm ci` on a fresh clone). Hard links,
 * not a symlink, which Turbopack refuses to follow out of the project.
 */
export function installFromHere(step: Step) {
  if (step.run?.trim() !== 'npm ci') return undefined;
  return (_: Step, environment: Record<string, string>) => install(environment.GITHUB_WORKSPACE ?? '');
}

/** Hard-links this checkout's node_modules into `workspace`, unless it has its own. */
export function install(workspace: string) {
  if (!existsSync(path.join(workspace, 'node_modules')))
    execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(workspace, 'node_modules')]);
}
