// Lighthouse's accessibility, best-practices and SEO scores do not depend on the machine: they
// must stay at 100 on the fixture site. Performance is measured by `npm run audit`, not here.
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { auditedPages, runAudits } from '@/tools/lighthouse';
import { FIXTURE_NOTES } from '../sites';

const siteDir = inject('siteDir');

describe('Lighthouse on the fixture site (mobile)', () => {
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('scores 100 in accessibility, best practices and SEO on every audited page', async () => {
    vi.stubEnv('NOTES_DIR', FIXTURE_NOTES);
    const audits = await runAudits(siteDir, auditedPages(), ['mobile'], ['accessibility', 'best-practices', 'seo']);
    expect(audits.map((a) => a.page)).toHaveLength(5);
    const below = audits.filter((a) => Object.values(a.scores).some((score) => score < 100));
    expect(below.map((a) => `${a.page}: ${JSON.stringify(a.scores)} ${a.failing.join(', ')}`)).toEqual([]);
  }, 600_000);
});
