// What each note gets from its page: the page's title for a title that is the URL, the page's
// description quoted for an empty summary, written through the proven, atomic rewrite of
// `check-links` (lib/links/note-rewrite.ts); a page that was not the page (a 404, a challenge)
// gives nothing, and the note is left as it was with the reason.
import { oneLine } from '@/lib/authoring';
import { pageQuote } from '@/lib/authoring/quote';
import type { ContentChecker } from '@/lib/content/checker';
import { rewriteNote } from '@/lib/links/note-rewrite';
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

/** Fills one note from its page's facts; with `dryRun`, proves the change and writes nothing. */
export function fillNote(
  { file, url, fillable }: EnrichTarget,
  page: PageFacts,
  checker: ContentChecker,
  dryRun: boolean,
): NoteOutcome {
  if (!page.read) return { file, kind: 'left', reason: page.reason };
  const pageTitle = page.title === undefined ? '' : oneLine(page.title);
  const title = fillable.title && pageTitle !== '' && !titleIsUrl(pageTitle, url) ? pageTitle : undefined;
  const summary = fillable.summary && page.description ? pageQuote(page.description, page.source) : undefined;
  if (title === undefined && summary === undefined) return { file, kind: 'left', reason: nothingToGive(fillable) };
  const outcome = rewriteNote(
    file,
    { fields: title === undefined ? {} : { title }, summary },
    (text) => enrichText(text, { url, title, summary }),
    checker,
    { dryRun },
  );
  if (outcome === 'unchanged') return { file, kind: 'left', reason: 'its title and summary were written meanwhile' };
  if (outcome !== 'written') return { file, kind: 'refused', reason: outcome.refused };
  return { file, kind: 'filled', ...(title !== undefined && { title }), summary: summary !== undefined };
}
