// Replacing a note file with an edit of it, proven first: the new text must read, with the
// project's own parser, as the old fields with only the intended one changed, and the folder must
// pass `npm run check` with it. Otherwise the file stays as it was and the reason is returned.
// Writes are atomic (a temporary file renamed over the note), so a note is never half written.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import type { ContentChecker } from '@/lib/content/checker';
import { splitNote } from '@/lib/content/front-matter';
import { formatProblem } from '@/lib/content/problems';
import { EditRefused } from './front-matter-edit';

/**
 * What an edit may change: one front-matter field (its new value, or undefined when the edit
 * removes it), or nothing but text appended to the end of the summary (`appended`, as the file
 * ends with it after the summary's own trailing white space).
 */
export type Intended = { field: string; value?: string } | { appended: string };

/** What became of a rewrite: written, nothing to change, or refused with the reason. */
export type RewriteOutcome = 'written' | 'unchanged' | { refused: string };

/** Why `after` may not replace `before` in `file`; undefined when it may. */
export function rewriteProblem(
  file: string,
  before: string,
  after: string,
  intended: Intended,
  checker: ContentChecker,
): string | undefined {
  const problems: string[] = [];
  const old = splitNote(before, () => {});
  const next = splitNote(after, (name, message) => problems.push(`${name}: ${message}`));
  if (next === undefined) return `the note would no longer read: ${problems[0]}`;
  const expected = { ...old?.data };
  let body = old?.body;
  if ('appended' in intended) {
    // Every byte before the appended text stays as it was, and the summary reads as the old one and it.
    if (after !== `${before.trimEnd()}${intended.appended}`) return 'the note would change before its end';
    body = `${(old?.body ?? '').trimEnd()}${intended.appended}`.trim();
  } else if (intended.value === undefined) delete expected[intended.field];
  else expected[intended.field] = intended.value;
  const names = new Set([...Object.keys(expected), ...Object.keys(next.data)]);
  const differing = [...names].filter((name) => !isDeepStrictEqual(expected[name], next.data[name]));
  if (body !== ('appended' in intended ? next.body.trim() : next.body)) differing.push('the summary');
  if (differing.length > 0) return `the note would read differently (${differing.join(', ')}); edit it by hand`;
  const found = checker.problemsWith(file, after);
  if (found.length > 0) return `npm run check would then fail: ${formatProblem(found[0])}`;
  return undefined;
}

/** Edits a note file (named as problems name it) with `edit`, if the result proves safe. */
export function rewriteNote(
  file: string,
  intended: Intended,
  edit: (text: string) => string | undefined,
  checker: ContentChecker,
): RewriteOutcome {
  const before = readFileSync(file, 'utf8');
  let after: string | undefined;
  try {
    after = edit(before);
  } catch (error) {
    if (error instanceof EditRefused) return { refused: error.message };
    throw error;
  }
  if (after === undefined) return 'unchanged';
  const problem = rewriteProblem(file, before, after, intended, checker);
  if (problem !== undefined) return { refused: problem };
  writeFileAtomic.sync(file, after);
  checker.accept(file, after);
  return 'written';
}
