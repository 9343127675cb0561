// Replacing note files with edits of them, proven first: each new text must read, with the
// project's own parser, as the old fields with only the intended ones changed (and the summary as
// it was, or an empty one filled as intended), and the folder must pass `npm run check` with the
// edits. Otherwise a file stays as it was and the reason is returned.
// Writes are atomic (a temporary file renamed over the note), so a note is never half written.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import type { ContentChecker } from '@/lib/content/checker';
import { splitNote } from '@/lib/content/front-matter';
import { type ContentProblem, formatProblem } from '@/lib/content/problems';
import { EditRefused } from './front-matter-edit';

/**
 * What an edit may change: `fields`, each to its new value or, undefined, removed; `summary`, the
 * text an empty summary is filled with; and `appended`, text added to the end of the summary (as the
 * file ends with it after the summary's own trailing white space). Every other field, and a summary
 * not named, stays.
 */
export type Intended = { fields: Record<string, string | undefined>; summary?: string; appended?: string };

/** What became of a rewrite: written, nothing to change, or refused with the reason. */
export type RewriteOutcome = 'written' | 'unchanged' | { refused: string };

/** An edit of a note file (named as problems name it): what it may change, and the edit itself. */
export type NoteEdit = { file: string; intended: Intended; edit: (text: string) => string | undefined };

/** Why `after` would not read as `before` with only what was intended changed; undefined when it would. */
export function editProblem(
  before: string,
  after: string,
  { fields, summary, appended }: Intended,
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
  // Every byte before appended text stays as it was, and the summary reads as the old one and it.
  if (appended !== undefined && after !== `${before.trimEnd()}${appended}`)
    return 'the note would change before its end';
  const names = new Set([...Object.keys(expected), ...Object.keys(next.data)]);
  const differing = [...names].filter((name) => !isDeepStrictEqual(expected[name], next.data[name]));
  // A summary is only ever filled where there was none, or added to: one the owner wrote is never replaced.
  const summaryAsIntended =
    appended !== undefined
      ? next.body.trim() === `${(old?.body ?? '').trimEnd()}${appended}`.trim()
      : summary === undefined
        ? old?.body === next.body
        : old?.body.trim() === '' && next.body.trimEnd() === summary.trimEnd();
  if (!summaryAsIntended) differing.push('the summary');
  if (differing.length > 0) return `the note would read differently (${differing.join(', ')}); edit it by hand`;
  return undefined;
}

const checkFails = (problem: ContentProblem) => `npm run check would then fail: ${formatProblem(problem)}`;

/**
 * Edits note files, each only if its result proves safe: it reads as intended, and the folder
 * passes the check with every edit made. The check sees the edits together, so that n edits cost
 * one check of the folder, not n (each check reads every note): an edit the check finds a problem
 * in is refused, and the rest are checked again. With `dryRun`, the proof alone: nothing is
 * written, and `written` says it would be. One outcome per edit, in order.
 */
export function rewriteNotes(
  edits: readonly NoteEdit[],
  checker: ContentChecker,
  { dryRun = false }: { dryRun?: boolean } = {},
): RewriteOutcome[] {
  const outcomes: RewriteOutcome[] = new Array(edits.length);
  const proven = new Map<string, { index: number; after: string }>();
  edits.forEach(({ file, intended, edit }, index) => {
    const before = readFileSync(file, 'utf8');
    let after: string | undefined;
    try {
      after = edit(before);
    } catch (error) {
      if (!(error instanceof EditRefused)) throw error;
      outcomes[index] = { refused: error.message };
      return;
    }
    const problem = after === undefined ? undefined : editProblem(before, after, intended);
    if (after === undefined) outcomes[index] = 'unchanged';
    else if (problem !== undefined) outcomes[index] = { refused: problem };
    else proven.set(file, { index, after });
  });
  const texts = () => new Map([...proven].map(([file, { after }]) => [file, after]));
  // Nothing proven, nothing to check: the folder passed before.
  const check = () => (proven.size > 0 ? checker.problemsWithAll(texts()) : []);
  let found = check();
  while (proven.size > 0 && found.length > 0) {
    const blamed = found.filter((problem) => proven.has(problem.file));
    if (blamed.length === 0) {
      // The folder passed before: a problem in a file no edit touched comes of the edits together.
      for (const { index } of proven.values()) outcomes[index] = { refused: checkFails(found[0]) };
      proven.clear();
    }
    for (const problem of blamed) {
      const edit = proven.get(problem.file);
      // Undefined for a second problem of a file refused already.
      if (edit === undefined) continue;
      outcomes[edit.index] = { refused: checkFails(problem) };
      proven.delete(problem.file);
    }
    found = check();
  }
  for (const [file, { index, after }] of proven) {
    if (!dryRun) writeFileAtomic.sync(file, after);
    outcomes[index] = 'written';
  }
  if (proven.size > 0) checker.accept(texts());
  return outcomes;
}

/** Edits one note file with `edit`, if the result proves safe (`rewriteNotes`, for one). */
export function rewriteNote(
  file: string,
  intended: Intended,
  edit: (text: string) => string | undefined,
  checker: ContentChecker,
  { dryRun = false }: { dryRun?: boolean } = {},
): RewriteOutcome {
  return rewriteNotes([{ file, intended, edit }], checker, { dryRun })[0];
}
