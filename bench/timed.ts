// Runs a command as the benchmark measures it: wall time, and through GNU time (where installed)
// what the command and every process under it used. CPU seconds move far less than wall time when
// something else runs on the machine, so comparisons quote both.
//
// GNU time reads the rusage that wait4() returns for the command, and Linux folds into it every
// descendant the command's processes have waited for (kernel/exit.c, wait_task_zombie), which
// `next build` does for its workers and Pagefind. So, for the whole tree:
// - %U + %S: user and system CPU seconds;
// - %M: the largest resident set of any one process (the maximum, not the sum; a page worker of
//   `next build`, not npm);
// - %O: file-system output in 512-byte units, which Linux counts as the processes' `write_bytes`
//   (what /proc/<pid>/io shows): bytes dirtied in the page cache of a disk-backed file system, the
//   writes a disk takes. tmpfs counts nothing, and a file deleted before write-back still counts.
// Chosen over summing /proc/<pid>/io, which misses the workers that exit between two polls; over
// `strace -f`, which would slow a build of 100,000 files; over a cgroup's block I/O, which counts
// only what reached the device by the time it is read and is not set up on every machine.
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type Timed = {
  seconds: number;
  cpuSeconds: number;
  /** The largest resident set of one process of the tree, MB. */
  peakMb: number;
  /** Bytes the tree wrote to disk-backed files. */
  diskWrittenBytes: number;
  stdout: string;
  stderr: string;
  /** The exit code; only a run with `allowFailure` returns one that is not 0. */
  status: number | null;
};

const GNU_TIME = '/usr/bin/time';

/** Runs `command args` to the end; throws with its output's tail if it fails, unless `allowFailure`. */
export function timed(
  command: string,
  args: string[],
  { allowFailure = false, ...options }: SpawnSyncOptions & { allowFailure?: boolean } = {},
): Timed {
  const measured = existsSync(GNU_TIME);
  const [file, argv] = measured ? [GNU_TIME, ['-f', 'url-notes-time %M %U %S %O', command, ...args]] : [command, args];
  const started = performance.now();
  const run = spawnSync(file, argv, { ...options, encoding: 'utf8', maxBuffer: 1e9 });
  const seconds = (performance.now() - started) / 1000;
  const stdout = String(run.stdout);
  const stderr = String(run.stderr);
  if (run.status !== 0 && !allowFailure) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${run.status}):\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`,
    );
  }
  const [, rssKb = '0', user = 'NaN', system = 'NaN', blocks = 'NaN'] =
    /url-notes-time (\d+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr) ?? [];
  return {
    seconds,
    cpuSeconds: Number(user) + Number(system),
    peakMb: Number(rssKb) / 1024,
    diskWrittenBytes: Number(blocks) * 512,
    stdout,
    stderr,
    status: run.status,
  };
}
