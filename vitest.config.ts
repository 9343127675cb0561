import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // next.config.mjs sets `trailingSlash: true`; `next build` hands it to next/link this way.
          env: { __NEXT_TRAILING_SLASH: 'true' },
        },
      },
      {
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
