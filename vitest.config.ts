import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Every test, and every site a test builds, has the fixture identity: no test depends on the name,
// address or author in this repository's site.yml, which a fork changes. Set here, before any
// worker starts, so that workers, the browser tests' global setup and the commands they run inherit it.
process.env.SITE_FILE = 'tests/fixtures/site.yml';

export default defineConfig({
  // `@/lib/notes` and the like, as tsconfig.json's `paths` declares them; each project extends this.
  resolve: { tsconfigPaths: true },
  test: {
    // Vitest's default leaves a core idle (cores − 1: one worker on a 2-core machine), yet most
    // files spend their time waiting on a child process, a server or a build, not computing.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          // Plain Node, as the code runs in a build; a file that renders into a DOM says
          // `// @vitest-environment jsdom` on its first line (starting jsdom costs each file ~0.5 s).
          environment: 'node',
          // Vitest's 5 s is meant for a quiet machine. Beside builds (load 8–15 on 2 cores),
          // rendering a whole page of fixture notes the first time took longer; a timeout is a
          // limit for a hung test, not a target: speed is measured in bench/, never asserted.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // next.config.mjs sets `trailingSlash: true`; `next build` hands it to next/link this way.
          env: { __NEXT_TRAILING_SLASH: 'true' },
        },
      },
      {
        extends: true,
        test: {
          // Feed readers that are not npm packages (Python's feedparser): .ci/run and checks.yml
          // install them.
          name: 'readers',
          include: ['tests/readers/**/*.test.ts'],
          // The tests parse what a reader took for HTML in an inert <template>.
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // Each file runs `next build` in this folder, and Next.js allows one build of a project at
          // a time ("Another next build process is already running").
          fileParallelism: false,
          // Each file builds a site before its tests read the output (the fixture and large sites
          // once, tests/sites.ts); some tests build too, or parse every page: on a busy machine that
          // is past vitest's 5 s, and a 300-note build took over 300 s beside other builds (load 20
          // on 2 cores). Limits for a hung build, not budgets: build times are bench/'s.
          hookTimeout: 900_000,
          testTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/setup.ts'],
          // One preview server serves every file; files run side by side, each with its own Chromium
          // (4 side by side were slower than 2: Chromium keeps both cores busy). Generous, for a busy
          // machine: at load 20–50 an axe check of one page took over 60 s and a 250-note build,
          // which the large site needs when the build project has not made it, over 600 s. Limits
          // for a hung page, not budgets.
          testTimeout: 300_000,
          hookTimeout: 1_200_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          environment: 'node',
          // Each case runs the deploy workflow's job: `npm ci` (a hard-linked copy) and a production
          // build of the fixture notes.
          testTimeout: 900_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
