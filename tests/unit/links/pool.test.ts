import { describe, expect, it } from 'vitest';
import { runPooled } from '@/lib/links/pool';

// Work that finishes only when the test says so, recording what runs at once.
function controlledWork() {
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  let running = 0;
  let most = 0;
  const work = (item: string) => {
    started.push(item);
    most = Math.max(most, ++running);
    return new Promise<string>((resolve) =>
      finishers.set(item, () => {
        running--;
        resolve(item.toUpperCase());
      }),
    );
  };
  const waitFor = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setImmediate(resolve));
  };
  return { started, finishers, work, waitFor, most: () => most };
}

const hostOf = (item: string) => item.split('/')[0];

describe('runPooled', () => {
  it('keeps to the overall and per-host limits and returns results in order', async () => {
    const { started, finishers, work, waitFor, most } = controlledWork();
    const items = ['a/1', 'a/2', 'a/3', 'b/1', 'c/1', 'd/1'];
    const done = runPooled(items, hostOf, work, { concurrency: 3, perHost: 1, hostPauseMs: 0 });
    await waitFor(() => started.length === 3);
    expect(started).toEqual(['a/1', 'b/1', 'c/1']);
    finishers.get('a/1')?.();
    await waitFor(() => started.length === 4);
    // a/2 may go now that a/1 is done, and comes first in the queue.
    expect(started[3]).toBe('a/2');
    for (const item of items) {
      await waitFor(() => finishers.has(item));
      finishers.get(item)?.();
    }
    expect(await done).toEqual(['A/1', 'A/2', 'A/3', 'B/1', 'C/1', 'D/1']);
    expect(most()).toBe(3);
  });

  it('lets other hosts go first while one host pauses between requests', async () => {
    const { started, finishers, work, waitFor } = controlledWork();
    const done = runPooled(['a/1', 'a/2', 'b/1'], hostOf, work, { concurrency: 1, perHost: 1, hostPauseMs: 20 });
    await waitFor(() => finishers.has('a/1'));
    finishers.get('a/1')?.();
    await waitFor(() => finishers.has('b/1'));
    finishers.get('b/1')?.();
    await waitFor(() => finishers.has('a/2'));
    finishers.get('a/2')?.();
    await done;
    expect(started).toEqual(['a/1', 'b/1', 'a/2']);
  });

  it('ends at once with nothing to do', async () => {
    expect(
      await runPooled([], hostOf, async (item: string) => item, { concurrency: 1, perHost: 1, hostPauseMs: 0 }),
    ).toEqual([]);
  });
});
