// @ts-check
// The one place that reads the environment. Everything else imports these values, so that a
// reader finds every setting of a build, a command or a test run here, typed and documented.
// Plain JavaScript because next.config.mjs reads it as well as the TypeScript code.

const env = process.env;

/** The site's name, the last word on authorship when nothing else names the author. */
export const SITE_NAME = 'url-notes';

/**
 * The base path without a trailing slash: `/url-notes`, or `` for the root. GitHub Pages serves a
 * project site from https://<owner>.github.io/<repository>/, so every link and asset lives under
 * `/<repository>`. A fork under another name sets BASE_PATH; a custom domain or user site sets `/`.
 */
export const basePath = (env.BASE_PATH ?? '/url-notes').replace(/\/+$/, '');

/** The GitHub account that owns the repository, on GitHub Actions. */
const githubOwner = env.GITHUB_REPOSITORY_OWNER || undefined;

/**
 * Who the feeds name as their author (Atom requires one): `SITE_AUTHOR` when set, else the account
 * that owns the repository on GitHub Actions, else the site's name.
 */
export const SITE_AUTHOR = env.SITE_AUTHOR || githubOwner || SITE_NAME;

/**
 * The site's absolute address, base path included, without a trailing slash: `SITE_URL` when set,
 * else `https://<owner>.github.io/<base path>` on GitHub Actions, else the local preview's address.
 */
export const siteUrl = (
  env.SITE_URL ??
  `${githubOwner ? `https://${githubOwner.toLowerCase()}.github.io` : 'http://localhost:4000'}${basePath}`
).replace(/\/+$/, '');

/**
 * The GitHub repository (`owner/name`) that the /add/ page's "Create on GitHub" button writes a new
 * note to: `SITE_REPOSITORY` when set, else `GITHUB_REPOSITORY` on GitHub Actions, else none, and the
 * page says where to set it.
 */
export const repository = env.SITE_REPOSITORY || env.GITHUB_REPOSITORY || undefined;

/** The branch new notes from the /add/ page are committed to: `SITE_BRANCH` when set, else `main`. */
export const repositoryBranch = env.SITE_BRANCH || 'main';

/** Where `next build` writes the site: `OUT_DIR` when set (tests build fixtures there), else `out`. */
export const outDir = env.OUT_DIR || 'out';

/** Whether Next.js was told where to write the site, rather than its default `out/`. */
export const outDirSet = Boolean(env.OUT_DIR);

/** Whether this runs on GitHub Actions, whose log reads `::warning::` lines as annotations. */
export const onGitHubActions = Boolean(env.GITHUB_ACTIONS);

/** The port `npm run preview` listens on: `PORT` when set, else 4000. */
export const previewPort = env.PORT ?? '4000';

/** `PORT`, which `next dev` listens on too when it is set. */
export const portSetting = env.PORT;

/** A Chromium or Chrome binary named by `CHROME_PATH`, for the tests, the audit and the benchmark. */
export const chromePath = env.CHROME_PATH || undefined;

/**
 * The content folder, as given: `NOTES_DIR` when set, else `content`. Read on each call, because
 * tests point one process at several fixture folders.
 */
export function notesDirSetting() {
  return env.NOTES_DIR || 'content';
}

/**
 * Whether this is a production build, where each note is read once per process. Read on each
 * call: `next build` sets NODE_ENV after modules load.
 */
export function isProduction() {
  return env.NODE_ENV === 'production';
}

/** Whether this is `next dev`, which keeps serving while a note is invalid. Read on each call, as above. */
export function isDevelopment() {
  return env.NODE_ENV === 'development';
}
