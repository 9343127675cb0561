// Runs many probes at once without hammering anyone: a cap overall, a cap per host, and a pause
// between two probes of one host, measured from when the last one started or ended.
import type { PoolSettings } from './settings';

/** `work` on every item, at most `concurrency` at a time and `perHost` per host; results in order. */
export function runPooled<T, R>(
  items: readonly T[],
  hostOf: (item: T) => string,
  work: (item: T) => Promise<R>,
  settings: PoolSettings,
  onDone: (result: R) => void = () => {},
): Promise<R[]> {
  const { concurrency, perHost, hostPauseMs } = settings;
  const results: R[] = new Array(items.length);
  const waiting = items.map((item, index) => ({ item, index, host: hostOf(item) }));
  const running = new Map<string, number>();
  const readyAt = new Map<string, number>();
  let active = 0;
  let finished = 0;
  let timer: NodeJS.Timeout | undefined;

  return new Promise((resolve, reject) => {
    const pump = () => {
      clearTimeout(timer);
      timer = undefined;
      if (finished === items.length) return resolve(results);
      const now = Date.now();
      let soonest = Number.POSITIVE_INFINITY;
      for (let i = 0; i < waiting.length && active < concurrency; ) {
        const { item, index, host } = waiting[i];
        const at = readyAt.get(host) ?? 0;
        if ((running.get(host) ?? 0) >= perHost || at > now) {
          if (at > now) soonest = Math.min(soonest, at);
          i++;
          continue;
        }
        waiting.splice(i, 1);
        active++;
        running.set(host, (running.get(host) ?? 0) + 1);
        readyAt.set(host, now + hostPauseMs);
        work(item).then((result) => {
          results[index] = result;
          active--;
          finished++;
          running.set(host, (running.get(host) ?? 1) - 1);
          readyAt.set(host, Math.max(readyAt.get(host) ?? 0, Date.now() + hostPauseMs));
          onDone(result);
          pump();
        }, reject);
      }
      // Everything startable has started; wake up when the next paused host may be asked again.
      if (active < concurrency && Number.isFinite(soonest)) timer = setTimeout(pump, soonest - now);
    };
    pump();
  });
}
