// What `npm run check` would call an error were one file of a content folder to change: a command
// that rewrites a note asks first, and writes only what passes.
import { checkProblems } from './check';
import { type ContentFolder, indexFolder } from './load';
import { parseNote } from './note';
import type { ContentProblem } from './problems';

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
