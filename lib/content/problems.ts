// What is wrong with a content folder, as every command and the build report it: one line per
// problem, `file: field: message`. A leaf module: everything that checks content imports it.

/** One thing wrong with the content folder, tied to a file and a field. */
export type ContentProblem = {
  file: string;
  field: string;
  message: string;
};

/** A problem as one line: `content/foo.md: url: must be …`. */
export function formatProblem({ file, field, message }: ContentProblem): string {
  return `${file}: ${field}: ${message}`;
}

/** Thrown by the page-facing getters when the content folder has problems. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`${problems.length} problem(s) in the notes:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** Reports a problem with one field: `problem('url', 'missing')`. */
export type Report = (field: string, message: string) => void;
