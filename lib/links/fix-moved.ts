// `--fix-moved`: a note whose link moved gets the new address in its `url` field, and nothing else
// in the file changes, byte for byte: comments, quotes, line endings and the summary stay as written.
import YAML from 'yaml';
import { parseWebUrl } from '@/lib/urls';
import { scalarField } from './front-matter-lines';

// The new value written the way the old one was: plain, 'single' or "double" quoted.
function scalarText(url: string, type: string | undefined): string {
  if (type === 'QUOTE_SINGLE') return `'${url.replaceAll("'", "''")}'`;
  // A URL has no spaces, so plain YAML reads it back as written; the check keeps that honest.
  if (type === 'PLAIN' && YAML.parse(url) === url) return url;
  return JSON.stringify(url);
}

/**
 * The note's text with `url` changed from `from` to `to`, or undefined if its front matter has no
 * such url (edited since the check) or is not one gray-matter can read.
 */
export function rewriteNoteUrl(text: string, from: string, to: string): string | undefined {
  const url = scalarField(text, 'url');
  if (url === undefined || typeof url.value !== 'string') return undefined;
  if (parseWebUrl(url.value)?.href !== from) return undefined;
  return text.slice(0, url.start) + scalarText(to, url.type) + text.slice(url.end);
}
