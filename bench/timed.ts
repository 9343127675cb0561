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
import { type SpawnOptions, type SpawnSyncOptions, spawn, spawnSync } from 'node:child_process';
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

/** The command line that runs `command args` under GNU time, where it is installed. */
function measuredCommand(command: string, args: string[]): [string, string[]] {
  return existsSync(GNU_TIME) ? [GNU_TIME, ['-f', 'url-notes-time %M %U %S %O', command, ...args]] : [command, args];
}

/** What a finished run measured; throws with its output's tail if it failed, unless `allowFailure`. */
function measured(
  run: { status: number | null; stdout: string; stderr: string; seconds: number },
  command: string,
  args: string[],
  allowFailure = false,
): Timed {
  const { status, stdout, stderr, seconds } = run;
  if (status !== 0 && !allowFailure) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${status}):\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`,
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
    status,
  };
}

/** Runs `command args` to the end; throws with its output's tail if it fails, unless `allowFailure`. */
export function timed(
  command: string,
  args: string[],
  { allowFailure = false, ...options }: SpawnSyncOptions & { allowFailure?: boolean } = {},
): Timed {
  const [file, argv] = measuredCommand(command, args);
  const started = performance.now();
  const run = spawnSync(file, argv, { ...options, encoding: 'utf8', maxBuffer: 1e9 });
  const seconds = (performance.now() - started) / 1000;
  return measured(
    { status: run.status, stdout: String(run.stdout), stderr: String(run.stderr), seconds },
    command,
    args,
    allowFailure,
  );
}

/** As `timed`, leaving this process free meanwhile: for a command that asks a server this process runs. */
export function timedAsync(command: string, args: string[], options: SpawnOptions = {}): Promise<Timed> {
  const [file, argv] = measuredCommand(command, args);
  const started = performance.now();
  const child = spawn(file, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      try {
        resolve(measured({ status, stdout, stderr, seconds }, command, args));
      } catch (error) {
        reject(error);
      }
    });
  });
}
