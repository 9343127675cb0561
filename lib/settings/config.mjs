// @ts-check
// The one place that reads the environment and the site's identity file. Everything else imports
// these values, so that a reader finds every setting of a build, a command or a test run here,
// typed and documented. Plain JavaScript because next.config.mjs reads it as well as the TypeScript code.

import { siteAddress } from './address.mjs';
import { readIdentity } from './identity.mjs';

const env = process.env;

/** The identity file: `SITE_FILE` when set (tests point it at a fixture), else `site.yml`. */
export const identityFile = env.SITE_FILE || 'site.yml';

const read = readIdentity(identityFile);
const address = siteAddress(read.identity, env);

/**
 * The site as it is built: the identity file's name, description and language, and the
 * repository, author and branch as they apply here. On GitHub Actions the repository is the one
 * the workflow runs in, which is where GitHub Pages publishes the site.
 */
export const site = {
  ...read.identity,
  repository: address.repository,
  /** Who the feeds name: the identity's `author`, else the repository's owner, else the site's name. */
  author: read.identity.author || address.repository.split('/')[0] || read.identity.name,
};

/**
 * What is wrong with the identity file or the address settings, one `file: field: message` each.
 * next.config.mjs stops every Next.js command on them; `npm run check` lists them.
 */
export const settingProblems = [...read.problems, ...address.problems];

/** Worth a line in the build's log, not a failure (the identity's repository is not where this runs). */
export const settingWarnings = address.warnings;

/** The base path without a trailing slash: `/links`, or `` for the root (see site-address.mjs). */
export const basePath = address.basePath;

/** The site's absolute address, base path included, without a trailing slash. */
export const siteUrl = address.siteUrl;

/** Where `next build` writes the site: `OUT_DIR` when set (tests build fixtures there), else `out`. */
export const outDir = env.OUT_DIR || 'out';

/** Whether Next.js was told where to write the site, rather than its default `out/`. */
export const outDirSet = Boolean(env.OUT_DIR);

/** Whether this runs on GitHub Actions, whose log reads `::warning::` lines as annotations. */
export const onGitHubActions = Boolean(env.GITHUB_ACTIONS);

/** `PORT`, when set: the port `npm run preview` listens on (else 4000), and `next dev` (else 3000). */
export const port = env.PORT || undefined;

/** A Chromium or Chrome binary named by `CHROME_PATH`, for the tests, the audit and the benchmark. */
export const chromePath = env.CHROME_PATH || undefined;

/**
 * The model `npm run new -- <url> --draft-summary` asks for a draft summary: an OpenAI-compatible
 * chat completions endpoint (`SUMMARY_API_URL`, such as a local Ollama's `http://localhost:11434/v1`),
 * the model's name (`SUMMARY_MODEL`) and, for an endpoint that wants one, a key (`SUMMARY_API_KEY`,
 * sent as a bearer token). Nothing is sent anywhere unless a note is started with --draft-summary.
 */
export const summaryModel = {
  apiUrl: env.SUMMARY_API_URL || undefined,
  model: env.SUMMARY_MODEL || undefined,
  apiKey: env.SUMMARY_API_KEY || undefined,
};

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
