// Writing the identity file for `npm run init`: one value at a time through the YAML document, so
// that its comments and every field not asked for stay as they were, and only after the new text
// reads back as exactly the identity asked for.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import YAML from 'yaml';
import { checkIdentity, IDENTITY_FIELDS, type Identity, type SettingProblem } from '@/lib/settings/identity.mjs';

/** The identity file as it is: its text, and the data it holds (undefined when there is no file). */
export function readIdentityFile(file: string): { text?: string; data: Record<string, unknown>; problem?: string } {
  if (!existsSync(file)) return { data: {} };
  const text = readFileSync(file, 'utf8');
  const document = YAML.parseDocument(text, { schema: 'core' });
  if (document.errors.length > 0)
    return { text, data: {}, problem: `invalid YAML: ${document.errors[0].message.split('\n')[0]}` };
  const data: unknown = document.toJS();
  return { text, data: typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...data } : {} };
}

/** The file's text with `changes` set, every other line kept; a new file when there is none. */
export function identityText(text: string | undefined, changes: Partial<Identity>): string {
  const document = text === undefined ? new YAML.Document({}) : YAML.parseDocument(text, { schema: 'core' });
  for (const field of IDENTITY_FIELDS) {
    const value = changes[field];
    if (value !== undefined) document.set(field, value);
  }
  // No line width: a long description stays on its one line, as the person wrote it.
  return document.toString({ lineWidth: 0 });
}

/** What is wrong with `text` as the identity `expected`: its own problems, or a field that reads back otherwise. */
export function verifyIdentityText(file: string, text: string, expected: Identity): SettingProblem[] {
  const { identity, problems } = checkIdentity(file, YAML.parse(text, { schema: 'core' }));
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
