// What `npm run check` calls an error, for a content folder as it is, or as it would be with one
// file changed: a command that rewrites a note asks first, and writes only what passes.
import { type ContentFolder, indexFolder, type LoadResult } from '@/lib/content/load';
import { parseNote } from '@/lib/content/note';
import type { ContentProblem } from '@/lib/content/problems';
import { duplicateUrls } from './duplicates';

/** Every error `npm run check` reports: each note's problems, the folder's, and duplicate URLs. */
export function checkProblems(loaded: LoadResult, dir: string): ContentProblem[] {
  return [...loaded.problems, ...duplicateUrls(loaded.library, dir)];
}

/** A content folder read once, asked what the check would say were one of its files to change. */
export class ContentChecker {
  constructor(private folder: ContentFolder) {}

  /** Every error of the folder if `file` (as problems name it) held `text`. */
  problemsWith(file: string, text: string): ContentProblem[] {
    return checkProblems(indexFolder(this.changed(file, text)), this.folder.dir);
  }

  /** Takes `text` as what `file` now holds, so that later questions see it. */
  accept(file: string, text: string): void {
    this.folder = this.changed(file, text);
  }

  private changed(file: string, text: string): ContentFolder {
    const { parsed, aliases } = this.folder;
    const note = parseNote(file, text, aliases);
    return { ...this.folder, parsed: parsed.map((other) => (other.file === file ? note : other)) };
  }
}
