import { availableParallelism } from 'node:os';
import { basePath, outDir, outDirSet } from './lib/config.mjs';

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
  ...(outDirSet ? { distDir: outDir } : {}),
  // Next.js keeps one core for itself while pages are generated; it sits idle then, so static
  // generation may use every core (measured in bench/RESULTS.md).
  experimental: { cpus: availableParallelism() },
  // Client code (the search page) fetches the search index under the base path.
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
};

export default nextConfig;
