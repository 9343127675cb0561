// `--fix-moved`: a note whose link moved gets the new address in its `url` field, and nothing else
// in the file changes, byte for byte: comments, quotes, line endings and the summary stay as written.
import matter from 'gray-matter';
import YAML, { isMap, isScalar } from 'yaml';
import { parseWebUrl } from '@/lib/urls';

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
  const frontMatter = matter(text).matter;
  const start = frontMatter === '' ? -1 : text.indexOf(frontMatter);
  if (start < 0) return undefined;
  const document = YAML.parseDocument(frontMatter);
  if (!isMap(document.contents)) return undefined;
  const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === 'url');
  const value = pair?.value;
  if (!isScalar(value) || typeof value.value !== 'string' || !value.range) return undefined;
  if (parseWebUrl(value.value)?.href !== from) return undefined;
  const [valueStart, valueEnd] = value.range;
  const replacement = scalarText(to, value.type);
  return text.slice(0, start + valueStart) + replacement + text.slice(start + valueEnd);
}
