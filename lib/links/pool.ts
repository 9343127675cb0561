// Runs many probes at once without hammering anyone: a cap overall, a cap per host, and a pause
// between two probes of one host, measured from when the last one started or ended. Each host keeps
// its own queue, and only hosts that may go now wait in a heap ordered by their next item's place in
// the list, so that handing out the next probe costs a logarithm, never a scan of all that waits:
// 40,000 links on one host took 25 s when every step scanned the list (bench/RESULTS.md).
import TinyQueue from 'tinyqueue';
import type { PoolSettings } from './settings';

type Host = { queue: number[]; next: number; running: number; readyAt: number; queued: boolean };

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
  const hosts = new Map<string, Host>();
  items.forEach((item, index) => {
    const name = hostOf(item);
    const host = hosts.get(name) ?? { queue: [], next: 0, running: 0, readyAt: 0, queued: false };
    host.queue.push(index);
    hosts.set(name, host);
  });
  // Hosts that may go now, the one whose next item comes first in the list on top; and hosts that
  // wait for their pause to end, the soonest on top (with the time they were filed under, which a
  // later answer may push back). A host is in at most one of them at a time.
  const ready = new TinyQueue<Host>([], (a, b) => a.queue[a.next] - b.queue[b.next]);
  const paused = new TinyQueue<{ host: Host; at: number }>([], (a, b) => a.at - b.at);
  let active = 0;
  let finished = 0;
  let timer: NodeJS.Timeout | undefined;

  // Files a host with items left and room for one more where it belongs, unless it is filed already.
  const file = (host: Host, now: number) => {
    if (host.queued || host.next === host.queue.length || host.running >= perHost) return;
    host.queued = true;
    if (host.readyAt <= now) ready.push(host);
    else paused.push({ host, at: host.readyAt });
  };

  return new Promise((resolve, reject) => {
    const pump = () => {
      clearTimeout(timer);
      timer = undefined;
      if (finished === items.length) return resolve(results);
      const now = Date.now();
      for (let due = paused.peek(); due && due.at <= now; due = paused.peek()) {
        paused.pop();
        due.host.queued = false;
        file(due.host, now);
      }
      while (active < concurrency) {
        const host = ready.pop();
        if (host === undefined) break;
        host.queued = false;
        const index = host.queue[host.next++];
        active++;
        host.running++;
        host.readyAt = now + hostPauseMs;
        work(items[index]).then((result) => {
          results[index] = result;
          active--;
          finished++;
          host.running--;
          host.readyAt = Math.max(host.readyAt, Date.now() + hostPauseMs);
          file(host, Date.now());
          onDone(result);
          pump();
        }, reject);
        file(host, now);
      }
      // Everything startable has started; wake up when the next paused host may be asked again.
      const soonest = paused.peek();
      if (active < concurrency && soonest) timer = setTimeout(pump, soonest.at - now);
    };
    for (const host of hosts.values()) file(host, 0);
    pump();
  });
}
