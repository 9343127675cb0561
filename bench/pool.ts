// `npx tsx bench/pool.ts [N …]`: how long the link pool takes to hand out N links, all on one host and
// each on its own host, with work that answers at once, so that only the pool's own bookkeeping is
// timed. The command's pool settings (8 at once, 2 per host), without the pause between requests.
import { runPooled } from '@/lib/links/pool';

const sizes = process.argv.slice(2).map(Number);
const settings = { concurrency: 8, perHost: 2, hostPauseMs: 0 };

for (const size of sizes.length > 0 ? sizes : [10_000, 20_000, 40_000]) {
  const items = Array.from({ length: size }, (_, index) => index);
  for (const [layout, hostOf] of [
    ['one host', () => 'one.example'],
    ['a host each', (item: number) => `host-${item}.example`],
  ] as const) {
    const started = performance.now();
    await runPooled(items, hostOf, async (item) => item, settings);
    console.log(`${size} links, ${layout}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  }
}
