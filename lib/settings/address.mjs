// @ts-check
// Where the site lives: its base path and absolute address, as GitHub Pages serves a repository
// (https://<owner>.github.io/<name>/, or the root for <owner>.github.io), unless the environment
// says otherwise. A pure function of the identity and the environment, so tests can ask it anything.

/** @typedef {import('./identity.mjs').Identity} Identity */
/** @typedef {import('./identity.mjs').SettingProblem} SettingProblem */

/** A path segment as a base path may hold it: no spaces, no characters a URL would encode. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * The address GitHub Pages gives a repository: `ada/links` → `https://ada.github.io` and `/links`;
 * `ada/ada.github.io` → the root.
 * @param {string} repository
 */
export function pagesAddress(repository) {
  const [owner = '', name = ''] = repository.split('/');
  const origin = `https://${owner.toLowerCase()}.github.io`;
  return { origin, basePath: name.toLowerCase() === `${owner.toLowerCase()}.github.io` ? '' : `/${name}` };
}

/**
 * A base path as Next.js wants it, `/links` or `` for the root, from what a person may write:
 * `links`, `/links/`, `/`; undefined when it is not a path.
 * @param {string} value
 */
export function normalizeBasePath(value) {
  const segments = value.trim().split('/').filter(Boolean);
  if (!segments.every((segment) => SEGMENT.test(segment) && segment !== '.' && segment !== '..')) return undefined;
  return segments.length === 0 ? '' : `/${segments.join('/')}`;
}

/** @param {string} value */
function parseSiteUrl(value) {
  try {
    const url = new URL(value.trim());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.search && !url.hash) return url;
  } catch {
    // Not a URL; reported by the caller.
  }
  return undefined;
}

/**
 * The repository the site is built for, its base path and absolute address. The environment
 * overrides the identity: `GITHUB_REPOSITORY` (set on GitHub Actions, where the site is published),
 * `BASE_PATH` (with or without slashes; `/` is the root) and `SITE_URL` (a custom domain, whose
 * path is the base path unless `BASE_PATH` says it). Empty variables count as unset, as GitHub
 * passes a repository variable that does not exist.
 * @param {Identity} identity @param {Record<string, string | undefined>} env
 */
export function siteAddress(identity, env) {
  /** @type {SettingProblem[]} */
  const problems = [];
  /** @type {string[]} */
  const warnings = [];
  const fromGitHub = env.GITHUB_REPOSITORY || '';
  const repository = fromGitHub || identity.repository;
  if (fromGitHub && identity.repository && fromGitHub.toLowerCase() !== identity.repository.toLowerCase()) {
    warnings.push(
      `the identity file names the repository ${identity.repository}, but this runs in ${fromGitHub}: the site is built for ${fromGitHub} (run npm run init -- --repository ${fromGitHub}, or edit the file)`,
    );
  }
  const pages = repository ? pagesAddress(repository) : undefined;
  const url = env.SITE_URL ? parseSiteUrl(env.SITE_URL) : undefined;
  if (env.SITE_URL && !url) {
    problems.push({
      file: 'environment',
      field: 'SITE_URL',
      message: `must be an http(s) URL, like https://notes.example.org (got ${JSON.stringify(env.SITE_URL)})`,
    });
  }
  let basePath = env.BASE_PATH
    ? normalizeBasePath(env.BASE_PATH)
    : url
      ? normalizeBasePath(url.pathname)
      : pages?.basePath;
  if (basePath === undefined && env.BASE_PATH) {
    problems.push({
      file: 'environment',
      field: 'BASE_PATH',
      message: `must be a path like /links, or / for the root (got ${JSON.stringify(env.BASE_PATH)})`,
    });
  }
  basePath ??= '';
  const origin = url ? url.origin : (pages?.origin ?? 'http://localhost:4000');
  if (url && normalizeBasePath(url.pathname) !== basePath) {
    problems.push({
      file: 'environment',
      field: 'SITE_URL',
      message: `its path must be the base path ${basePath || '/'} (got ${JSON.stringify(env.SITE_URL)})`,
    });
  }
  return { repository, basePath, siteUrl: `${origin}${basePath}`, problems, warnings };
}
