// Edits of one front-matter field that keep every other byte of a note as written: comments,
// quotes, line endings and the summary. `--fix-moved` changes a value, `--mark` adds or removes a line.
import matter from 'gray-matter';
import YAML, { isMap, isScalar, type YAMLMap } from 'yaml';

/** A scalar field: its value, how it is written (`PLAIN`, `QUOTE_DOUBLE`…), and where it sits in the text. */
export type ScalarField = { value: unknown; type: string | undefined; start: number; end: number };

type Located = { start: number; frontMatter: string; map: YAMLMap };

// gray-matter finds the block; YAML's ranges place each field within it.
function locate(text: string): Located | undefined {
  const frontMatter = matter(text).matter;
  const start = frontMatter === '' ? -1 : text.indexOf(frontMatter);
  if (start < 0) return undefined;
  const document = YAML.parseDocument(frontMatter);
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  return { start, frontMatter, map: document.contents };
}

function pairOf(map: YAMLMap, name: string) {
  return map.items.find((item) => isScalar(item.key) && item.key.value === name);
}

/** The field `name` when it holds a scalar, with its place in `text`; undefined otherwise. */
export function scalarField(text: string, name: string): ScalarField | undefined {
  const located = locate(text);
  const value = located && pairOf(located.map, name)?.value;
  if (!located || !isScalar(value) || !value.range) return undefined;
  const [from, to] = value.range;
  return { value: value.value, type: value.type, start: located.start + from, end: located.start + to };
}

/**
 * The text with a line `name: value` added as the front matter's last line, in the file's own line
 * ending; undefined when the field is already there or the front matter cannot be read.
 */
export function addFieldLine(text: string, name: string, value: string): string | undefined {
  const located = locate(text);
  if (!located || pairOf(located.map, name)) return undefined;
  const { start, frontMatter } = located;
  const newline = frontMatter.includes('\r\n') ? '\r\n' : '\n';
  // gray-matter's block ends before the closing line's "\n", so a CRLF file's block ends in "\r".
  const at = start + frontMatter.length - (frontMatter.endsWith('\r') ? 1 : 0);
  return `${text.slice(0, at)}${newline}${name}: ${value}${text.slice(at)}`;
}

/** The text without the line(s) of field `name`; undefined when it is absent or shares a line. */
export function removeFieldLine(text: string, name: string): string | undefined {
  const located = locate(text);
  const pair = located && pairOf(located.map, name);
  if (!located || !pair || !isScalar(pair.key) || !pair.key.range || !isScalar(pair.value) || !pair.value.range) {
    return undefined;
  }
  const keyAt = located.start + pair.key.range[0];
  const lineStart = text.lastIndexOf('\n', keyAt - 1) + 1;
  // A field of a `{ … }` front matter, or after another on its line, has no line of its own.
  if (lineStart !== keyAt) return undefined;
  // The closing "---" is on a line of its own, so a newline always follows the field's last line.
  const lineEnd = text.indexOf('\n', located.start + pair.value.range[1]) + 1;
  return text.slice(0, lineStart) + text.slice(lineEnd);
}
