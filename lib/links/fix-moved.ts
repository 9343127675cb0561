// `--fix-moved`: a note whose link moved gets the new address in its `url` field, and nothing else
// in the file changes, byte for byte: comments, quotes, line endings and the summary stay as written.
import { parseWebUrl } from '@/lib/urls';
import { setField } from './front-matter-edit';

/**
 * The note's text with `url` changed from `from` to `to`, or undefined if its front matter no longer
 * holds that url (edited since the check). Throws EditRefused when the field cannot be edited safely.
 */
export function rewriteNoteUrl(text: string, from: string, to: string): string | undefined {
  return setField(text, 'url', (current) => (parseWebUrl(current)?.href === from ? to : undefined));
}
