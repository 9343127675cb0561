// What each note gets from its page: the page's title for a title that is the URL, the page's
// description quoted for an empty summary, written through the proven, atomic rewrite of
// `check-links` (lib/links/note-rewrite.ts); a page that was not the page (a 404, a challenge)
// gives nothing, and the note is left as it was with the reason.
import { pageQuote, pageTitle } from '@/lib/authoring/quote';
import type { ContentChecker } from '@/lib/content/checker';
import { type NoteEdit, type RewriteOutcome, rewriteNotes } from '@/lib/links/note-rewrite';
import type { PageFacts } from './cache';
import { enrichText } from './edit';
import { type Fillable, titleIsUrl } from './fillable';

/** A note to fill: its file as problems name it, its URL, and what it lacks. */
export type EnrichTarget = { file: string; url: string; fillable: Fillable };

/** What became of a note: filled (its new title, whether its summary was), left as it was, or refused. */
export type NoteOutcome =
  | { file: string; kind: 'filled'; title?: string; summary: boolean }
  | { file: string; kind: 'left' | 'refused'; reason: string };

/** Why a page that was read gives a note nothing. */
function nothingToGive(fillable: Fillable): string {
  if (fillable.title && fillable.summary) return 'the page gives neither a title nor a description';
  return fillable.title ? 'the page gives no title but its URL' : 'the page gives no description';
}

/** What a page gives a note: the title and summary to write, or why it gives nothing. */
function gift({ url, fillable }: EnrichTarget, page: PageFacts): { title?: string; summary?: string } | string {
  if (!page.read) return page.reason;
  // As `npm run new` takes it: on one line, and a title too long for the check cut at a word.
  const given = pageTitle(page.title);
  const title = fillable.title && given !== undefined && !titleIsUrl(given, url) ? given : undefined;
  const summary = fillable.summary && page.description ? pageQuote(page.description, page.source) : undefined;
  if (title === undefined && summary === undefined) return nothingToGive(fillable);
  return { title, summary };
}

type Planned = { target: EnrichTarget; title?: string; summary?: string };

/** What became of a planned note, by what its rewrite came to. */
function outcomeOf({ target: { file }, title, summary }: Planned, rewrite: RewriteOutcome): NoteOutcome {
  if (rewrite === 'unchanged') return { file, kind: 'left', reason: 'its title and summary were written meanwhile' };
  if (rewrite !== 'written') return { file, kind: 'refused', reason: rewrite.refused };
  return { file, kind: 'filled', ...(title !== undefined && { title }), summary: summary !== undefined };
}

/**
 * Fills each note from its page's facts, every rewrite proven (all together: one check of the
 * folder, not one a note) and written atomically; with `dryRun`, proven and not written.
 */
export function fillNotes(
  notes: readonly { target: EnrichTarget; page: PageFacts }[],
  checker: ContentChecker,
  dryRun: boolean,
): NoteOutcome[] {
  const gifts = notes.map(({ target, page }) => ({ target, given: gift(target, page) }));
  const planned: Planned[] = gifts.flatMap(({ target, given }) =>
    typeof given === 'string' ? [] : [{ target, ...given }],
  );
  const edits: NoteEdit[] = planned.map(({ target: { file, url }, title, summary }) => ({
    file,
    intended: { fields: title === undefined ? {} : { title }, summary },
    edit: (text) => enrichText(text, { url, title, summary }),
  }));
  const rewrites = rewriteNotes(edits, checker, { dryRun });
  // The planned notes come in the order of `notes`: the next of them is the next one planned.
  let next = 0;
  return gifts.map(({ target, given }) =>
    typeof given === 'string'
      ? { file: target.file, kind: 'left', reason: given }
      : outcomeOf(planned[next], rewrites[next++]),
  );
}
