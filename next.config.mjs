import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { basePath, outDir, outDirSet, settingProblems } from './lib/settings/config.mjs';

// A wrong identity file or address variable stops every Next.js command with one line each, before
// Next.js reports it in its own words (a base path without its slash) or builds a wrong site.
if (settingProblems.length > 0) {
  for (const { file, field, message } of settingProblems) console.error(`${file}: ${field}: ${message}`);
  process.exit(1);
}

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
    // Native modules a bundle cannot hold: the card image's renderer (resvg), and the bundler of the
    // site's browser scripts (esbuild).
    serverExternalPackages: ['@resvg/resvg-js', 'esbuild'],
    // `next build` checks the notes first and runs the build's stages on the export (lib/build/).
    // An absolute path: Next.js resolves it from its own folder.
    adapterPath: fileURLToPath(new URL('./lib/build/adapter.mjs', import.meta.url)),
    // `npm run typecheck` checks the whole project, tests included, and CI runs it; checking again
    // inside every build would slow it and fail a content-only build on a test's type error.
    typescript: { ignoreBuildErrors: true },
    // Tests build a fixture site next to the real one without overwriting `out/`.
    ...(outDirSet ? { distDir: outDir } : {}),
    // Next.js keeps one core for itself while pages are generated; it sits idle then, so static
    // generation may use every core (measured in bench/RESULTS.md).
    experimental: { cpus: availableParallelism(), cssChunking: { type: 'graph', requestCost: 1e9 } },
    // Client code (the search page) fetches the search index under the base path.
    env: { NEXT_PUBLIC_BASE_PATH: basePath },
  };
}
