// From one note file's text to a `Note`, or to the precise problems that keep it out.
import path from 'node:path';
import { displayHost } from '@/lib/hostname';
import { normalizeTag, type TagRef, tagRef } from '@/lib/tags';
import type { TagAliases } from './aliases';
import { splitNote } from './front-matter';
import { checkSummaryLimits } from './limits';
import type { ContentProblem } from './problems';
import { checkFields } from './schema';
import { isUnwritten } from './skeleton';

/** One published note: a web link with its summary. */
export type Note = {
  slug: string;
  title: string;
  url: string;
  /** The link's host without `www.`, shown beside the title. */
  hostname: string;
  tags: TagRef[];
  /** `YYYY-MM-DD`, exactly as written in the front matter. */
  date: string;
  /** `YYYY-MM-DD`: the day the link was found dead; its title then leads to the Web Archive's copy. */
  dead?: string;
  /** The summary as written, in markdown; `renderSummary(note)` turns it into HTML and text. */
  summaryMarkdown: string;
};

/**
 * Why a valid note stays off the site: marked `draft: true`, or unwritten (its summary still holds
 * the skeleton's "…", lib/content/skeleton.ts). A draft is a draft, written or not.
 */
export type LeftOut = 'draft' | 'unwritten';

/** A note file once read: the note when it is valid, with what the index needs besides. */
export type ParsedNote = {
  file: string;
  note?: Note;
  /** Set when the note is valid but not published. */
  leftOut?: LeftOut;
  /** The tags as written, trimmed. */
  spellings?: string[];
  problems: ContentProblem[];
};

const SLUG_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/** Whether `slug` names a note file as the check allows: lowercase ASCII words joined by hyphens, no path. */
export function isNoteSlug(slug: string): boolean {
  return SLUG_FILE_NAME.test(`${slug}.md`);
}

/** Reads one note file's text, shown in problems as `file`, its tags mapped through `aliases`. */
export function parseNote(file: string, source: string, aliases: TagAliases): ParsedNote {
  const name = path.basename(file);
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });

  if (!SLUG_FILE_NAME.test(name)) {
    problem(
      'file name',
      `must be lowercase ASCII letters and digits in hyphen-separated words, like "my-note.md" (got "${name}")`,
    );
  }
  const split = splitNote(source, problem);
  if (split === undefined) return { file, problems };
  checkSummaryLimits(split.body, problem);
  const fields = checkFields(split.data, problem);
  if (fields === undefined || problems.length > 0) return { file, problems };

  // An alias from tags.yml becomes its canonical tag before anything else sees it.
  const canonical = fields.tags.map((spelling) => aliases.get(normalizeTag(spelling)) ?? spelling);
  const tags = new Map(canonical.map((spelling) => [normalizeTag(spelling), tagRef(spelling)]));
  return {
    file,
    problems,
    spellings: fields.tags,
    leftOut: fields.draft ? 'draft' : isUnwritten(split.body) ? 'unwritten' : undefined,
    note: {
      slug: name.slice(0, -'.md'.length),
      title: fields.title,
      url: fields.url.href,
      hostname: displayHost(fields.url),
      tags: [...tags.values()],
      date: fields.date,
      ...(fields.dead && { dead: fields.dead }),
      summaryMarkdown: split.body,
    },
  };
}

/**
 * Every problem a note file would have, for `npm run new` and `npm run import` to check what
 * they write by the very rules of the build. Empty when the note is valid.
 */
export function problemsOfNote(file: string, markdown: string, aliases: TagAliases = new Map()): ContentProblem[] {
  return parseNote(file, markdown, aliases).problems;
}
