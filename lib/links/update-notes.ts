// What `--fix-moved` and `--mark` do to the notes after a run: each note rewritten only when the
// result proves safe (note-rewrite.ts), and one line for every note left as it was, saying why.
import type { ContentChecker } from '@/lib/content/checker';
import type { LinkCache } from './cache';
import { rewriteNoteUrl } from './fix-moved';
import { deadMark, markNote } from './mark';
import { rewriteNote } from './note-rewrite';
import type { LinkRow } from './report';

/** Notes changed, and one line for each note that should have changed but was left as it was. */
export type NoteUpdates<T> = { changed: T[]; refused: string[] };

/** A URL as a message quotes it: cut at 100 characters, so that a hostile one keeps the line short. */
function quoted(url: string): string {
  return url.length > 100 ? `${url.slice(0, 99)}…` : url;
}

/** `--fix-moved`: the url of each note whose link moved permanently, set to where it went. */
export function fixMovedNotes(rows: readonly LinkRow[], checker: ContentChecker): NoteUpdates<string> {
  const updates: NoteUpdates<string> = { changed: [], refused: [] };
  for (const { file, result } of rows) {
    const { url, verdict, movedTo } = result;
    if (verdict !== 'moved' || movedTo === undefined) continue;
    const outcome = rewriteNote(
      file,
      { fields: { url: movedTo } },
      (text) => rewriteNoteUrl(text, url, movedTo),
      checker,
    );
    if (outcome === 'written') updates.changed.push(file);
    else if (outcome === 'unchanged')
      updates.refused.push(`${file}: url: not rewritten; the file no longer holds ${url}`);
    else updates.refused.push(`${file}: url: not rewritten to ${quoted(movedTo)}; ${outcome.refused}`);
  }
  return updates;
}

/** A note marked dead (`dead` is its day) or cleared (`dead` is null). */
export type MarkChange = { file: string; dead: string | null };

/** `--mark`: `dead:` added to notes whose link stayed dead, removed from those that answer again. */
export function markDeadNotes(
  rows: readonly LinkRow[],
  cache: LinkCache,
  checker: ContentChecker,
  now: Date,
): NoteUpdates<MarkChange> {
  const updates: NoteUpdates<MarkChange> = { changed: [], refused: [] };
  for (const { file, result } of rows) {
    const dead = deadMark(cache.get(result.url), now);
    if (dead === undefined) continue;
    const outcome = rewriteNote(file, { fields: { dead: dead ?? undefined } }, (text) => markNote(text, dead), checker);
    if (outcome === 'written') updates.changed.push({ file, dead });
    else if (outcome !== 'unchanged') {
      updates.refused.push(`${file}: dead: not ${dead === null ? 'removed' : `set to ${dead}`}; ${outcome.refused}`);
    }
  }
  return updates;
}
