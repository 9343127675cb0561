// Which of the notes url-notes shipped with are still in a content folder as they shipped.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { STARTER_NOTES } from './starter-notes';

/** The starter notes in `dir`: those as they shipped, and those changed since (by file name). */
export function starterNotesIn(dir: string, starters = STARTER_NOTES): { unchanged: string[]; changed: string[] } {
  const unchanged: string[] = [];
  const changed: string[] = [];
  for (const [name, shipped] of starters) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    (noteHash(text) === shipped ? unchanged : changed).push(name);
  }
  return { unchanged, changed };
}

/** A note's hash as STARTER_NOTES records it: SHA-256 of its text with LF line endings. */
export function noteHash(text: string): string {
  return createHash('sha256').update(text.replaceAll('\r\n', '\n')).digest('hex');
}
