// The one setting that ties the site to its address. GitHub Pages serves a project site from
// https://<owner>.github.io/<repository>/, so every link and asset lives under `/<repository>`.
// A fork under another name sets BASE_PATH; a custom domain or user site sets it to `/` (the root).
// Plain JavaScript because next.config.mjs reads it as well as the TypeScript code.

/** The base path without a trailing slash: `/url-notes`, or `` for the root. */
export const basePath = (process.env.BASE_PATH ?? '/url-notes').replace(/\/+$/, '');
