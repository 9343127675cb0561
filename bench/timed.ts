// Runs a command as the benchmark measures it: wall time, and through GNU time (where installed) the
// CPU seconds of it and all its children and the peak memory of the largest. CPU seconds move far
// less than wall time when something else runs on the machine, so comparisons quote both.
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type Timed = { seconds: number; cpuSeconds: number; peakMb: number; stdout: string; stderr: string };

const GNU_TIME = '/usr/bin/time';

/** Runs `command args` to the end and throws with its output's tail if it fails. */
export function timed(command: string, args: string[], options: SpawnSyncOptions = {}): Timed {
  const measured = existsSync(GNU_TIME);
  const [file, argv] = measured ? [GNU_TIME, ['-f', 'url-notes-time %M %U %S', command, ...args]] : [command, args];
  const started = performance.now();
  const run = spawnSync(file, argv, { ...options, encoding: 'utf8', maxBuffer: 1e9 });
  const seconds = (performance.now() - started) / 1000;
  const stdout = String(run.stdout);
  const stderr = String(run.stderr);
  if (run.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${run.status}):\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`,
    );
  }
  const [, rssKb = '0', user = 'NaN', system = 'NaN'] = /url-notes-time (\d+) ([\d.]+) ([\d.]+)/.exec(stderr) ?? [];
  return { seconds, cpuSeconds: Number(user) + Number(system), peakMb: Number(rssKb) / 1024, stdout, stderr };
}
