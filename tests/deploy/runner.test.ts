// The runner's promise to a test that times out: the running step ends, with every process under
// it, before the test removes its scratch folder, so nothing goes on writing there.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type Job, runJob } from '@/tools/actions-runner/runner';

/** Whether a process runs: not gone, and not a zombie waiting to be reaped. */
function running(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  const text = readFileSync(stat, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2)[0] !== 'Z';
}

describe('runJob', () => {
  it('kills a running step and the processes under it when the signal aborts', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'runner-abort-'));
    try {
      const pidFile = path.join(workspace, 'pid');
      const job: Job = {
        needs: [],
        env: {},
        // A grandchild of the step's bash, as next build's workers are of `npm run build`.
        steps: [
          {
            run: `bash -c 'sleep 600 & echo $! > "${pidFile}.tmp"; mv "${pidFile}.tmp" "${pidFile}"; wait'`,
            with: {},
            env: {},
          },
        ],
      };
      const controller = new AbortController();
      const ran = runJob(job, { repository: 'ada/links', vars: {}, workspace }, undefined, controller.signal);
      const failed = expect(ran).rejects.toThrow(/exited with SIGKILL/);
      await vi.waitFor(() => expect(existsSync(pidFile)).toBe(true), { timeout: 60_000, interval: 50 });
      const sleeper = Number(readFileSync(pidFile, 'utf8'));
      expect(running(sleeper)).toBe(true);
      controller.abort();
      await failed;
      await vi.waitFor(() => expect(running(sleeper)).toBe(false), { timeout: 60_000, interval: 50 });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
