import { availableParallelism } from 'node:os';
import { basePath } from './lib/base-path.mjs';

// Static generation allocates heavily and spends a tenth of its time in garbage collection; a
// larger young generation for the page workers (which inherit NODE_OPTIONS) cut the time to
// generate 1,000 notes' pages by a fifth (bench/RESULTS.md). Next.js reads NODE_OPTIONS when it
// starts the workers, after loading this file.
const semiSpace = '--max-semi-space-size=32';
if (!process.env.NODE_OPTIONS?.includes('--max-semi-space-size')) {
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${semiSpace}`.trim();
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  basePath,
  // `/tag/llm/` is written as `tag/llm/index.html`, which every static host serves as is.
  trailingSlash: true,
  images: { unoptimized: true },
  // `npm run typecheck` checks the whole project, tests included, and CI runs it; checking again
  // inside every build would slow it and fail a content-only build on a test's type error.
  typescript: { ignoreBuildErrors: true },
  // Tests build a fixture site next to the real one without overwriting `out/`.
  ...(process.env.OUT_DIR ? { distDir: process.env.OUT_DIR } : {}),
  // Next.js keeps one core for itself while pages are generated; it sits idle then, so static
  // generation may use every core (measured in bench/RESULTS.md).
  experimental: { cpus: availableParallelism() },
  // Client code (the search page) fetches the search index under the base path.
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
};

export default nextConfig;
