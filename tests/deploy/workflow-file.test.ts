// What .github/workflows/deploy.yml declares: the actions it uses and the variables it hands on.
import { describe, expect, it } from 'vitest';
import { substituteExpressions } from '@/tools/actions-runner/expressions';
import { readWorkflow } from '@/tools/actions-runner/runner';

const WORKFLOW = '.github/workflows/deploy.yml';

describe(`${WORKFLOW}, run as GitHub would on a push`, () => {
  it('uses GitHub’s checkout, setup-node, cache and Pages actions made for Node.js 24, and uploads out/', () => {
    const { build, deploy } = readWorkflow(WORKFLOW);
    expect(build?.steps.filter((step) => step.uses).map((step) => step.uses)).toEqual([
      'actions/checkout@v5',
      'actions/setup-node@v5',
      'actions/cache@v5',
      'actions/upload-pages-artifact@v5',
    ]);
    expect(build?.steps[1]?.with).toEqual({ 'node-version': '24', cache: 'npm' });
    expect(build?.steps.at(-1)?.with).toMatchObject({ path: 'out', 'include-hidden-files': 'true' });
    // Turbopack's build cache, restored before the build; only .next/cache, never out/.
    const steps = build?.steps ?? [];
    const cache = steps.findIndex((step) => step.uses === 'actions/cache@v5');
    expect(steps[cache]?.with.path).toBe('.next/cache');
    expect(cache).toBeLessThan(steps.findIndex((step) => step.run?.trim() === 'npm run build'));
    expect(deploy?.needs).toEqual(['build']);
    expect(deploy?.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v5']);
  });

  it('installs and builds, nothing else: the code’s checks are checks.yml’s, and the build checks the notes', () => {
    const { build } = readWorkflow(WORKFLOW);
    expect(build?.steps.flatMap((step) => (step.run === undefined ? [] : [step.run.trim()]))).toEqual([
      'npm ci',
      'npm run build',
    ]);
  });

  it('needs no repository variable, and hands the optional ones to every step', () => {
    const { build } = readWorkflow(WORKFLOW);
    const env = (vars: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(build?.env ?? {}).map(([name, value]) => [
          name,
          substituteExpressions(value, { repository: 'ada/links', vars, workspace: '' }),
        ]),
      );
    expect(env({})).toEqual({ BASE_PATH: '', SITE_URL: '', NEXT_TELEMETRY_DISABLED: '1' });
    expect(env({ SITE_URL: 'https://notes.example.org' })).toMatchObject({ SITE_URL: 'https://notes.example.org' });
  });
});
