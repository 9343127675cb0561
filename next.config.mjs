// The site is served from https://<owner>.github.io/<repository>/: every link and asset lives under
// this path. A fork under another repository name, or a custom domain (empty), sets BASE_PATH.
// `/` and `/url-notes/` are accepted too and mean the same as `` and `/url-notes`.
const basePath = (process.env.BASE_PATH ?? '/url-notes').replace(/\/+$/, '');

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
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
};

export default nextConfig;
