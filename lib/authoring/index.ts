// Writing new notes for `npm run new` and `npm run import`: slugs, front matter, and the rule that
// an existing note is never overwritten.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadTagAliases, type TagAliases } from '@/lib/content/aliases';
import { noteFile } from '@/lib/content/duplicates';
import { loadNotes, noteFileNames } from '@/lib/content/load';
import { problemsOfNote } from '@/lib/content/note';
import { normalizeUrl } from '@/lib/urls';
import { type NoteDraft, noteMarkdown } from './new-note';

export {
  type NoteDraft,
  noteMarkdown,
  noteSlug,
  oneLine,
  readablePath,
  SUMMARY_SKELETON,
  tagNamer,
  today,
  uniqueSlug,
} from './new-note';

/**
 * Checks a new note by the build's own rules and writes it; throws, writing nothing, when the note
 * would not pass `npm run check`, and rather than overwrite a file that appeared meanwhile.
 */
export function writeNote(dir: string, slug: string, note: NoteDraft, aliases: TagAliases, dryRun = false): string {
  const file = noteFile(dir, slug);
  const markdown = noteMarkdown(note);
  const problems = problemsOfNote(file, markdown, aliases);
  if (problems.length > 0) throw new Error(problems.map(({ field, message }) => `${field}: ${message}`).join('; '));
  if (!dryRun) writeFileSync(path.join(dir, `${slug}.md`), markdown, { flag: 'wx' });
  return file;
}

/** What the content folder already holds: note files by slug, and notes by normalised URL. */
export function existingNotes(dir: string): {
  slugs: Set<string>;
  byUrl: Map<string, string>;
  tags: Map<string, string>;
  aliases: TagAliases;
} {
  const { library } = loadNotes(dir);
  const all = [...library.notes, ...library.drafts];
  return {
    aliases: loadTagAliases(dir).aliases,
    // Every file counts, even one with problems: its name is taken.
    slugs: new Set(noteFileNames(dir).map((name) => name.replace(/\.md$/, ''))),
    byUrl: new Map(all.map((note) => [normalizeUrl(note.url), noteFile(dir, note.slug)])),
    tags: new Map(library.tags.map((tag) => [tag.slug, tag.name])),
  };
}
