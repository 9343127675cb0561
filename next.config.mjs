import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { basePath, outDir, outDirSet, settingProblems } from './lib/settings/config.mjs';

// A wrong identity file or address variable stops every Next.js command with one line each, before
// Next.js reports it in its own words (a base path without its slash) or builds a wrong site.
if (settingProblems.length > 0) {
  for (const { file, field, message } of settingProblems) console.error(`${file}: ${field}: ${message}`);
  process.exit(1);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  basePath,
  // `/tag/llm/` is written as `tag/llm/index.html`, which every static host serves as is.
  trailingSlash: true,
  images: { unoptimized: true },
  // The card image's renderer loads a native module (resvg) that a bundle cannot hold.
  serverExternalPackages: ['@resvg/resvg-js'],
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
  experimental: { cpus: availableParallelism() },
  // Client code (the search page) fetches the search index under the base path.
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
};

export default nextConfig;
