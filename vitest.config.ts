import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `@/lib/notes` and the like, as tsconfig.json's `paths` declares them; each project extends this.
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // next.config.mjs sets `trailingSlash: true`; `next build` hands it to next/link this way.
          env: { __NEXT_TRAILING_SLASH: 'true' },
        },
      },
      {
        extends: true,
        test: {
          // Feed readers that are not npm packages (Python's feedparser): .ci/run installs them; the
          // deploy workflow's unit tests do not need them on GitHub's runner.
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
          // Each file builds a site with `npm run build` before its tests read the output.
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/setup.ts'],
          // One Chromium and one preview server are shared; the files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          environment: 'node',
          // Each case runs the whole deploy workflow (lint, typecheck, unit tests, a production build).
          testTimeout: 900_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
