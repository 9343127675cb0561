import { availableParallelism } from 'node:os';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { basePath, outDir, outDirSet } from './lib/config.mjs';

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  return {
    // A static export, for `next build`. `next dev` serves without it: with it, the dev server
    // answers a slug that `generateStaticParams` does not list with a 500 ("missing param … required
    // with output: export", vercel/next.js#56253) where the site answers 404. Without it, the pages'
    // `dynamicParams = false` gives that 404, as the docs promise.
    ...(phase === PHASE_DEVELOPMENT_SERVER ? {} : { output: 'export' }),
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
}
