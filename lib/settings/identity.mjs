// @ts-check
// The site's identity: its name, description, author, language and GitHub repository, kept in the
// one file a person edits to make the site theirs (site.yml). Read and checked here, field by field,
// like a note's front matter. Plain JavaScript because config.mjs, which next.config.mjs imports,
// reads it; `npm run init` writes the file through the same checks.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { CONTROL } from '../one-line.mjs';

/**
 * @typedef {{ name: string, description: string, author: string, language: string,
 *   repository: string, branch: string }} Identity
 * @typedef {keyof Identity} IdentityField
 * @typedef {{ file: string, field: string, message: string }} SettingProblem
 */

/** A GitHub account name: letters, digits and single hyphens inside, at most 39 characters. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** A GitHub repository name: letters, digits, `.`, `_` and `-`, at most 100 characters. */
const REPOSITORY_NAME = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;
/** A branch name as git allows it, in the plain form a person writes one. */
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]{1,100}(?<![/.])$/;

/** @param {number} most @returns {(value: string) => string | undefined} */
function oneLine(most) {
  return (value) => {
    if (CONTROL.test(value)) return 'must be one line of text';
    if ([...value].length > most) return `must be at most ${most} characters (got ${[...value].length})`;
    return undefined;
  };
}

/**
 * Every field: whether the file must give it, its value when it does not, and its check (a
 * message when the value is wrong). Values are trimmed strings before they are checked.
 * @type {Record<IdentityField, { fallback?: string, check: (value: string) => string | undefined, example: string }>}
 */
const FIELDS = {
  name: { check: (value) => (value === '' ? 'must not be empty' : oneLine(100)(value)), example: 'Field Notes' },
  description: {
    check: (value) => (value === '' ? 'must not be empty' : oneLine(300)(value)),
    example: 'Links I keep, with a note on each',
  },
  author: { check: oneLine(100), fallback: '', example: 'Ada Lovelace' },
  language: { check: languageProblem, fallback: 'en', example: 'en' },
  repository: {
    check: (value) => (value === '' || isRepository(value) ? undefined : 'must be owner/name, like ada/links'),
    fallback: '',
    example: 'ada/links',
  },
  branch: {
    check: (value) => (BRANCH.test(value) ? undefined : 'must be a branch name, like main'),
    fallback: 'main',
    example: 'main',
  },
};

/** The fields of the identity file, in the order the file lists them. */
export const IDENTITY_FIELDS = /** @type {IdentityField[]} */ (Object.keys(FIELDS));

/** Whether `value` is a GitHub repository as `owner/name`. @param {string} value */
export function isRepository(value) {
  const [owner, name, ...rest] = value.split('/');
  return rest.length === 0 && OWNER.test(owner ?? '') && REPOSITORY_NAME.test(name ?? '');
}

/** @param {string} value */
function languageProblem(value) {
  try {
    if (Intl.getCanonicalLocales(value).length === 1) return undefined;
  } catch {
    // RangeError: not a language tag; reported below.
  }
  return 'must be a language tag, like en, de or pt-BR';
}

/**
 * The identity from parsed YAML, with one problem per wrong or unknown field; `file` names the
 * file in the problems. Fields left out take their fallback; `name` and `description` have none.
 * @param {string} file @param {unknown} data
 * @returns {{ identity: Identity, problems: SettingProblem[] }}
 */
export function checkIdentity(file, data) {
  /** @type {SettingProblem[]} */
  const problems = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ file, field: 'file', message: 'must be a YAML mapping of name, description, author, …' });
    data = {};
  }
  const fields = /** @type {Record<string, unknown>} */ (data);
  for (const field of Object.keys(fields)) {
    if (!(field in FIELDS))
      problems.push({ file, field, message: `unknown field; known: ${IDENTITY_FIELDS.join(', ')}` });
  }
  const identity = /** @type {Identity} */ ({});
  for (const field of IDENTITY_FIELDS) {
    const { check, fallback, example } = FIELDS[field];
    const raw = fields[field];
    if (raw === undefined || raw === null) {
      if (fallback === undefined)
        problems.push({ file, field, message: `missing; add a line like "${field}: ${example}"` });
      identity[field] = fallback ?? '';
      continue;
    }
    if (typeof raw !== 'string') {
      problems.push({ file, field, message: `must be text, like "${example}" (got ${JSON.stringify(raw)})` });
      identity[field] = fallback ?? '';
      continue;
    }
    const value = raw.trim();
    const message = check(value);
    if (message) problems.push({ file, field, message: `${message} (got ${JSON.stringify(raw)})` });
    identity[field] = message ? (fallback ?? '') : field === 'language' ? Intl.getCanonicalLocales(value)[0] : value;
  }
  return { identity, problems };
}

/**
 * The identity file's text as YAML data, read as the site reads it, or the one problem why it
 * cannot be: YAML that does not parse, or a tag (`!!python/object`, `!!str`), which the file of
 * plain text values has no use for.
 * @param {string} file @param {string} text
 * @returns {{ data: unknown, problem?: SettingProblem }}
 */
export function parseIdentityText(file, text) {
  const document = YAML.parseDocument(text, { schema: 'core' });
  if (document.errors.length > 0) {
    return {
      data: {},
      problem: { file, field: 'file', message: `invalid YAML: ${document.errors[0].message.split('\n')[0]}` },
    };
  }
  /** @type {string | undefined} */
  let tag;
  YAML.visit(document, {
    Node(_key, node) {
      // Only a tag written in the file is set on a node; values the schema resolves have none.
      if (node.tag !== undefined) {
        tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        return YAML.visit.BREAK;
      }
    },
  });
  if (tag !== undefined) {
    const message = `YAML tag ${JSON.stringify(tag)}: remove it; the file holds plain text values`;
    return { data: {}, problem: { file, field: 'file', message } };
  }
  return { data: document.toJS() ?? {} };
}

/** Why the identity file cannot be read, in the words `npm run check` and `npm run init` share. @param {unknown} error */
export function unreadableMessage(error) {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' ? 'missing; restore it, or run npm run init' : `cannot be read (${code})`;
}

/**
 * Reads and checks the identity file. A missing or unreadable file, or YAML that does not parse,
 * is one problem; the identity then has the fallbacks and an empty name.
 * @param {string} file
 */
export function readIdentity(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ...checkIdentity(file, {}), problems: [{ file, field: 'file', message: unreadableMessage(error) }] };
  }
  const { data, problem } = parseIdentityText(file, text);
  if (problem) return { ...checkIdentity(file, {}), problems: [problem] };
  return checkIdentity(file, data);
}
