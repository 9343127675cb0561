import { describe, expect, it } from 'vitest';
import { type Audit, worstOf } from '@/tools/lighthouse';

const audit = (performance: number, lcpMs: number, failing: string[]): Audit => ({
  page: '/',
  formFactor: 'mobile',
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpMs,
  tbtMs: 0,
  cls: 0,
  bytes: 1000,
  failing,
});

describe('worstOf', () => {
  it('keeps the lowest score, the slowest timing and every failing audit of the runs', () => {
    const [worst] = worstOf([[audit(100, 900, [])], [audit(97, 1200, ['performance/lcp'])], [audit(99, 800, [])]]);
    expect(worst.scores.performance).toBe(97);
    expect(worst.scores.seo).toBe(100);
    expect(worst.lcpMs).toBe(1200);
    expect(worst.failing).toEqual(['performance/lcp']);
  });
});
