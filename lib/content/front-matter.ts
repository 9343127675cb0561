// Splitting a note file into its YAML front matter and its markdown summary, with gray-matter and
// the YAML 1.2 core schema; refusing files where the two could disagree.
import matter from 'gray-matter';
import YAML, { CST, Parser } from 'yaml';
import { messageOf } from '@/lib/messages';
import { withoutBom } from '@/lib/text';
import type { ContentProblem } from './problems';
import type { Report } from './schema';

/** A note file's front matter as YAML data, and the markdown below it. */
export type NoteSource = { data: Record<string, unknown>; body: string };

/** A note's front matter, in text with `\n` line endings: from a first line "---" to the next line that is "---" alone. */
export const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/**
 * What a note file that a crash cut short is told (a 0-byte file, front matter that breaks off):
 * the commands that write notes stop on it rather than write around it (`existingNotes`).
 */
const INTERRUPTED_WRITE = 'it looks like the remains of an interrupted write; delete it, or finish the note';

/** Whether a problem is one `INTERRUPTED_WRITE` names. */
export function isInterruptedWrite({ message }: ContentProblem): boolean {
  return message.endsWith(INTERRUPTED_WRITE);
}

/** Reads a note file's text; reports (as the field `file` or `front matter`) why it cannot. */
export function splitNote(source: string, problem: Report): NoteSource | undefined {
  // Editors on Windows save a byte-order mark and CRLF line endings; both are valid notes.
  const text = withoutBom(source).replace(/\r\n?/g, '\n');
  if (source === '') return void problem('file', `is empty (0 bytes): ${INTERRUPTED_WRITE}`);
  if (text.trim() === '') return void problem('file', 'is empty; a note needs front matter (title, url, tags, date)');
  if (!/^---[ \t]*\n/.test(text)) {
    return void problem('front matter', 'missing; a note starts with a "---" block holding title, url, tags and date');
  }
  const block = FRONT_MATTER.exec(text);
  if (block === null) {
    return void problem(
      'front matter',
      `not closed; end it with a line "---" before the summary, or, if the file breaks off, ${INTERRUPTED_WRITE}`,
    );
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { yaml: parseYaml } });
  } catch (error) {
    if (error instanceof UnknownYamlTag) return void problem('front matter', error.message);
    const title = colonInTitle(block[1] ?? '');
    if (title !== undefined) {
      return void problem(
        'title',
        `put the title in quotes (${JSON.stringify(title)}); unquoted, its ": " starts a YAML mapping`,
      );
    }
    return void problem('front matter', `invalid YAML: ${messageOf(error)}`);
  }
  // gray-matter ends the front matter at the first line that merely starts with "---": fields
  // below a "----" line would be lost (a `draft: true` among them, publishing a draft). The
  // note is read only when gray-matter and this check agree on where the front matter ends.
  const frontMatter = block[1] ?? '';
  if (parsed.matter.trim() !== frontMatter.trim()) return void problem('front matter', earlyEnd(frontMatter));
  const data: unknown = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return void problem('front matter', 'must be a YAML mapping of fields (title, url, tags, date)');
  }
  const cut = commentInTitle(frontMatter);
  if (cut !== undefined) {
    problem(
      'title',
      `put the title in quotes (${JSON.stringify(cut.written)}); unquoted, its " #" starts a YAML comment and it reads ${JSON.stringify(cut.read)}`,
    );
  }
  return { data: { ...data }, body: parsed.content };
}

/** The title as written when YAML refuses it for a `: ` inside (`title: Rust: the book`), else undefined. */
function colonInTitle(frontMatter: string): string | undefined {
  const error = YAML.parseDocument(frontMatter, { schema: 'core' }).errors[0];
  if (error?.code !== 'BLOCK_AS_IMPLICIT_KEY' || error.linePos === undefined) return undefined;
  const line = frontMatter.split('\n')[error.linePos[0].line - 1] ?? '';
  return /^title:[ \t]+(.+)$/.exec(line.trimEnd())?.[1];
}

/**
 * A plain title that a comment follows on its line (`title: C# in depth #1`): YAML reads the text
 * before ` #` as the title and the rest as a comment, which the person most likely meant as part
 * of the title. Found in YAML's syntax tree: the title's value is a plain scalar whose line goes on
 * with a comment.
 */
function commentInTitle(frontMatter: string): { written: string; read: string } | undefined {
  // Most front matter has no comment after a value: no second parse for it (imports check thousands).
  if (!/[ \t]#/.test(frontMatter)) return undefined;
  const document = [...new Parser().parse(frontMatter)].find((token) => token.type === 'document');
  if (document?.type !== 'document' || document.value?.type !== 'block-map') return undefined;
  const item = document.value.items.find((entry) => CST.resolveAsScalar(entry.key)?.value === 'title');
  const value = item?.value;
  if (value?.type !== 'scalar') return undefined;
  const trailing = value.end ?? [];
  const comment = trailing.find((token) => token.type === 'comment');
  const newline = trailing.findIndex((token) => token.type === 'newline');
  if (comment === undefined || (newline !== -1 && trailing.indexOf(comment) > newline)) return undefined;
  return { written: frontMatter.slice(value.offset, comment.offset + comment.source.length), read: value.source };
}

/** Why gray-matter would end this front matter (the lines between its `---` lines) early. */
function earlyEnd(frontMatter: string): string {
  const lines = frontMatter.split('\n');
  const index = lines.findIndex((line) => line.startsWith('---'));
  // The opening "---" is line 1 of the file, so the front matter's first line is line 2.
  return index === -1
    ? 'the YAML parser reads a different block than the lines between the two "---" lines; check the delimiters'
    : `line ${index + 2} (${JSON.stringify(lines[index])}) starts with "---" but does not close the front matter; remove it, or close the front matter with a line "---" alone`;
}

/**
 * YAML 1.2's core schema: unlike gray-matter's default (YAML 1.1), it keeps `2025-08-05` a string,
 * so a date can neither drift across time zones nor silently roll `2025-02-30` over. Also reads
 * `tags.yml`.
 */
export function parseYaml(source: string): object {
  const document = YAML.parseDocument(source, { schema: 'core' });
  if (document.errors.length > 0) throw document.errors[0];
  // YAML.parse would print an unknown tag (`!custom`, `!!js/function`) as a Node warning naming
  // no file, and read the value as plain text; parseDocument collects it for the note's problem.
  const unknownTag = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (unknownTag) throw new UnknownYamlTag(source.slice(...unknownTag.pos));
  return document.toJS() ?? {};
}

/** A YAML tag the core schema does not know, such as `!custom`. */
class UnknownYamlTag extends Error {
  constructor(tag: string) {
    super(`unknown YAML tag ${JSON.stringify(tag)}; remove it, a note holds plain YAML values`);
  }
}
