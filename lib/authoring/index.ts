// Writing new notes for `npm run new` and `npm run import`: slugs, front matter, and the rules that
// an existing note is never overwritten and a killed run leaves no half-written one.
import { linkSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadTagAliases, type TagAliases } from '@/lib/content/aliases';
import { noteFile } from '@/lib/content/duplicates';
import { isInterruptedWrite } from '@/lib/content/front-matter';
import { everyNote } from '@/lib/content/indexing';
import { loadNotes, noteFileNames } from '@/lib/content/load';
import { problemsOfNote } from '@/lib/content/note';
import { formatProblem } from '@/lib/content/problems';
import { normalizeUrl } from '@/lib/urls';
import type { KnownNote } from './choose-tags';
import { isRunning } from './lock';
import { type NoteDraft, noteMarkdown } from './new-note';

export {
  type NoteDraft,
  noteMarkdown,
  noteSlug,
  oneLine,
  SUMMARY_SKELETON,
  tagNamer,
  today,
  uniqueSlug,
} from './new-note';
export { escapeMarkdown, pageQuote, pageTitle } from './quote';

/**
 * Checks a new note by the build's own rules and writes it; throws, writing nothing, when the note
 * would not pass `npm run check`, and rather than overwrite a file that appeared meanwhile.
 */
export function writeNote(dir: string, slug: string, note: NoteDraft, aliases: TagAliases, dryRun = false): string {
  const file = noteFile(dir, slug);
  const markdown = noteMarkdown(note);
  const problems = problemsOfNote(file, markdown, aliases);
  if (problems.length > 0) throw new Error(problems.map(({ field, message }) => `${field}: ${message}`).join('; '));
  if (!dryRun) writeWhole(path.join(dir, `${slug}.md`), markdown);
  return file;
}

/** A note's temporary file: hidden and not `.md`, so nothing reads it as a note; its writer's pid. */
const TEMP_FILE = /^\..+\.md\.(\d+)\.tmp$/;

/**
 * Writes `text` to `file` whole or not at all: into a temporary file beside it, then linked into
 * place, which (unlike a rename) fails with EEXIST rather than replace a file that appeared
 * meanwhile. A run killed at any moment leaves the note complete or absent, never empty.
 */
function writeWhole(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    linkSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Removes the temporary files a killed run of `new` or `import` left in `dir` (called under the lock). */
export function clearInterruptedWrites(dir: string): void {
  for (const name of readdirSync(dir)) {
    const writer = TEMP_FILE.exec(name)?.[1];
    if (writer !== undefined && !isRunning(Number(writer))) rmSync(path.join(dir, name), { force: true });
  }
}

/** What the content folder already holds: note files by slug, notes by normalised URL, every note's URL and tags. */
export function existingNotes(dir: string): {
  slugs: Set<string>;
  byUrl: Map<string, string>;
  tags: Map<string, string>;
  aliases: TagAliases;
  notes: KnownNote[];
  /** A line for each note a crash cut short (empty, front matter breaking off), which a writer must not write around. */
  interrupted: string[];
} {
  const { library, problems } = loadNotes(dir);
  const all = everyNote(library);
  return {
    aliases: loadTagAliases(dir).aliases,
    // Every file counts, even one with problems: its name is taken.
    slugs: new Set(noteFileNames(dir).map((name) => name.replace(/\.md$/, ''))),
    byUrl: new Map(all.map((note) => [normalizeUrl(note.url), noteFile(dir, note.slug)])),
    tags: new Map(library.tags.map((tag) => [tag.slug, tag.name])),
    notes: all.map((note) => ({ url: note.url, tags: note.tags.map((tag) => tag.name) })),
    interrupted: problems.filter(isInterruptedWrite).map(formatProblem),
  };
}
