// Replacing a note file with an edit of it, proven first: the new text must read, with the
// project's own parser, as the old fields with only the intended ones changed (and the summary as
// it was, or an empty one filled as intended), and the folder must pass `npm run check` with it.
// Otherwise the file stays as it was and the reason is returned.
// Writes are atomic (a temporary file renamed over the note), so a note is never half written.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import type { ContentChecker } from '@/lib/content/checker';
import { splitNote } from '@/lib/content/front-matter';
import { formatProblem } from '@/lib/content/problems';
import { EditRefused } from './front-matter-edit';

/**
 * What an edit may change: `fields`, each to its new value or, undefined, removed; and `summary`,
 * the text an empty summary is filled with. Every other field, and a summary not named, stays.
 */
export type Intended = { fields: Record<string, string | undefined>; summary?: string };

/** What became of a rewrite: written, nothing to change, or refused with the reason. */
export type RewriteOutcome = 'written' | 'unchanged' | { refused: string };

/** Why `after` may not replace `before` in `file`; undefined when it may. */
export function rewriteProblem(
  file: string,
  before: string,
  after: string,
  { fields, summary }: Intended,
  checker: ContentChecker,
): string | undefined {
  const problems: string[] = [];
  const old = splitNote(before, () => {});
  const next = splitNote(after, (name, message) => problems.push(`${name}: ${message}`));
  if (next === undefined) return `the note would no longer read: ${problems[0]}`;
  const expected = { ...old?.data };
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) delete expected[field];
    else expected[field] = value;
  }
  const names = new Set([...Object.keys(expected), ...Object.keys(next.data)]);
  const differing = [...names].filter((name) => !isDeepStrictEqual(expected[name], next.data[name]));
  // A summary is only ever filled where there was none: one the owner wrote is never replaced.
  const summaryAsIntended =
    summary === undefined
      ? old?.body === next.body
      : old?.body.trim() === '' && next.body.trimEnd() === summary.trimEnd();
  if (!summaryAsIntended) differing.push('the summary');
  if (differing.length > 0) return `the note would read differently (${differing.join(', ')}); edit it by hand`;
  const found = checker.problemsWith(file, after);
  if (found.length > 0) return `npm run check would then fail: ${formatProblem(found[0])}`;
  return undefined;
}

/**
 * Edits a note file (named as problems name it) with `edit`, if the result proves safe. With
 * `dryRun`, the proof alone: nothing is written, and `written` says it would be.
 */
export function rewriteNote(
  file: string,
  intended: Intended,
  edit: (text: string) => string | undefined,
  checker: ContentChecker,
  { dryRun = false }: { dryRun?: boolean } = {},
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
  if (!dryRun) writeFileAtomic.sync(file, after);
  checker.accept(file, after);
  return 'written';
}
