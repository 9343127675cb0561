// Writing the identity file for `npm run init`: only the fields asked for change, through YAML's
// syntax tree (lib/links/front-matter-edit.ts, as check-links edits notes), so that comments, the
// byte-order mark, line endings and every value not asked for stay byte for byte; and only after
// the new text reads back as exactly the identity asked for.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { setFileFields } from '@/lib/links/front-matter-edit';
import {
  checkIdentity,
  IDENTITY_FIELDS,
  type Identity,
  parseIdentityText,
  type SettingProblem,
  unreadableMessage,
} from '@/lib/settings/identity.mjs';

const FIX = 'fix it or delete it, then run init again';

/**
 * The identity file as it is: its text and the data it holds (no text when there is no file yet),
 * or the one problem that stops init from writing it, in the words of `npm run check` and ending
 * with what to do.
 */
export function readIdentityFile(file: string): { text?: string; data: Record<string, unknown>; problem?: string } {
  const folder = path.dirname(file);
  if (!existsSync(folder)) {
    return {
      data: {},
      problem: `cannot be written: the folder ${folder} does not exist; create it, then run init again`,
    };
  }
  if (!existsSync(file)) return { data: {} };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { data: {}, problem: `${unreadableMessage(error)}; ${FIX}` };
  }
  const { data, problem } = parseIdentityText(file, text);
  if (problem) return { text, data: {}, problem: `${problem.message}; ${FIX}` };
  // A string or a list: the problem the check reports, from the same rule.
  const notMapping = checkIdentity(file, data).problems.find(({ field }) => field === 'file');
  if (notMapping || typeof data !== 'object' || data === null) {
    return { text, data: {}, problem: `${notMapping?.message ?? 'must be a YAML mapping'}; ${FIX}` };
  }
  return { text, data: { ...data } };
}

/**
 * The file's text with `changes` set and every other byte kept; a new file when there is none,
 * or the fields added below the comments of a file that has nothing else. Throws EditRefused, with
 * the reason, when the edit cannot be made so.
 */
export function identityText(text: string | undefined, changes: Partial<Identity>): string {
  const values = Object.fromEntries(
    IDENTITY_FIELDS.flatMap((field) => {
      const value = changes[field];
      return value === undefined ? [] : [[field, value]];
    }),
  );
  // No line width: a long description stays on its one line, as the person wrote it.
  const fresh = () => new YAML.Document(values).toString({ lineWidth: 0 });
  if (text === undefined) return fresh();
  if (YAML.parseDocument(text, { schema: 'core' }).contents === null) {
    const ending = /\r\n?|\n/.exec(text)?.[0] ?? '\n';
    const separator = text === '' || /[\r\n]$/.test(text) ? '' : ending;
    return text + separator + fresh().replaceAll('\n', ending);
  }
  return setFileFields(text, values);
}

/** What is wrong with `text` as the identity `expected`: its own problems, or a field that reads back otherwise. */
export function verifyIdentityText(file: string, text: string, expected: Identity): SettingProblem[] {
  const { data, problem } = parseIdentityText(file, text);
  if (problem) return [problem];
  const { identity, problems } = checkIdentity(file, data);
  if (problems.length > 0) return problems;
  return IDENTITY_FIELDS.filter((field) => identity[field] !== expected[field]).map((field) => ({
    file,
    field,
    message: `would read back as ${JSON.stringify(identity[field])}, not ${JSON.stringify(expected[field])}`,
  }));
}

/** Replaces `file` with `text` at once: a temporary file beside it, renamed over it. */
export function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
