// How problems name files and errors: relative to where the command runs, in one line.
import path from 'node:path';

/** A file as a problem names it: relative to the working folder, `content/foo.md`. */
export function displayPath(...segments: string[]): string {
  return path.relative(process.cwd(), path.join(...segments)) || '.';
}

/** The first line of an error's message, without a trailing colon. */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim().replace(/:$/, '');
}
