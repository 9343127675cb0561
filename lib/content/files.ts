// Which files of a content folder are notes, and what else is there that looks like one: a note
// saved as `.markdown`, in a subfolder, or behind a broken symlink would otherwise be dropped
// without a word, and a dropped note is lost work.
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '@/lib/messages';
import { ALIASES_FILE } from './aliases';
import type { ContentProblem } from './problems';

/** Endings of files that hold markdown but are not read: only `.md` is. */
const MARKDOWN_LOOKALIKE = /\.(?:md|markdown|mdown|mkdn|mkd|mdx)$/i;

/** The note files of a content folder, sorted, and a problem for each file that looks like a note but is not read. */
export function listNoteFiles(dir: string): { names: string[]; problems: ContentProblem[] } {
  const names: string[] = [];
  const problems: ContentProblem[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Dotfiles (.gitkeep, .DS_Store) and tags.yml are expected beside the notes.
    if (entry.name.startsWith('.') || entry.name === ALIASES_FILE) continue;
    const file = displayPath(dir, entry.name);
    const kind = kindOf(dir, entry);
    if (kind === 'missing' || kind === 'loop') {
      const what = kind === 'missing' ? 'a symlink to nothing' : 'a symlink loop';
      problems.push({ file, field: 'file', message: `is ${what}; point it at a note file or remove it` });
    } else if (kind === 'folder') {
      problems.push(...folderProblems(dir, entry.name));
    } else if (entry.name.endsWith('.md')) {
      names.push(entry.name);
    } else {
      const message = lookalikeMessage(dir, entry.name);
      if (message !== undefined) problems.push({ file, field: 'file name', message });
    }
  }
  return { names: names.sort(), problems };
}

/** What a folder entry is, following a symlink to its target. */
function kindOf(dir: string, entry: Dirent): 'file' | 'folder' | 'missing' | 'loop' | 'other' {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const target = statSync(path.join(dir, entry.name));
    return target.isFile() ? 'file' : target.isDirectory() ? 'folder' : 'other';
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'ELOOP' ? 'loop' : 'missing';
  }
}

/** Why a file that is not `.md` is not read, when it looks like a note; undefined when it does not. */
function lookalikeMessage(dir: string, name: string): string | undefined {
  const stem = name.trim().replace(/\.[^.]*$/, '');
  const rename = `rename it to ${stem}.md`;
  if (MARKDOWN_LOOKALIKE.test(name.trim())) return `is not read; notes end in .md — ${rename}`;
  if (/\.txt$/i.test(name) && startsWithFrontMatter(path.join(dir, name))) {
    return `is not read but starts with front matter; notes end in .md — ${rename}`;
  }
  return undefined;
}

function startsWithFrontMatter(file: string): boolean {
  return /^(?:\uFEFF)?---[ \t]*\r?\n/.test(readFileSync(file, 'utf8').slice(0, 10));
}

/** A folder in the content folder: named like a note, or holding notes that are never read. */
function folderProblems(dir: string, name: string): ContentProblem[] {
  if (name.endsWith('.md')) {
    return [{ file: displayPath(dir, name), field: 'file', message: 'is a folder, not a note; rename or remove it' }];
  }
  const nested = readdirSync(path.join(dir, name), { recursive: true, encoding: 'utf8' });
  return nested
    .filter((inner) => MARKDOWN_LOOKALIKE.test(inner) && !inner.split(path.sep).some((part) => part.startsWith('.')))
    .sort()
    .map((inner) => ({
      file: displayPath(dir, name, inner),
      field: 'file',
      message: `is not read; notes are read only from ${displayPath(dir)} itself — move it there`,
    }));
}
