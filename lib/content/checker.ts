// What `npm run check` would call an error were files of a content folder to change: a command
// that rewrites notes asks first, and writes only what passes.
import { checkProblems } from './check';
import { type ContentFolder, indexFolder } from './load';
import { parseNote } from './note';
import type { ContentProblem } from './problems';

/** A content folder read once, asked what the check would say were some of its files to change. */
export class ContentChecker {
  constructor(private folder: ContentFolder) {}

  /** Every error of the folder if `file` (as problems name it) held `text`. */
  problemsWith(file: string, text: string): ContentProblem[] {
    return this.problemsWithAll(new Map([[file, text]]));
  }

  /**
   * Every error of the folder if each file of `texts` held its text. One check of the whole folder
   * however many files change, so that many edits proven together cost one check, not one each.
   */
  problemsWithAll(texts: ReadonlyMap<string, string>): ContentProblem[] {
    return checkProblems(indexFolder(this.changed(texts)), this.folder.dir);
  }

  /** Takes each text as what its file now holds, so that later questions see it. */
  accept(texts: ReadonlyMap<string, string>): void {
    this.folder = this.changed(texts);
  }

  private changed(texts: ReadonlyMap<string, string>): ContentFolder {
    const { parsed, aliases } = this.folder;
    return {
      ...this.folder,
      parsed: parsed.map((other) => {
        const text = texts.get(other.file);
        return text === undefined ? other : parseNote(other.file, text, aliases);
      }),
    };
  }
}
