import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { ALIASES_FILE, loadTagAliases, type TagAliases } from './aliases';
import { type RenderedMarkdown, renderMarkdown } from './markdown';
import { displayPath, messageOf } from './report';
import { normalizeTag, type TagRef, tagRef, tagSlug } from './tags';
import { parseWebUrl } from './urls';

/** One published note: a web link with its summary. */
export type Note = {
  slug: string;
  title: string;
  url: string;
  /** The link's host without `www.`, shown beside the title. */
  hostname: string;
  tags: TagRef[];
  /** `YYYY-MM-DD`, exactly as written in the front matter. */
  date: string;
  summaryHtml: string;
  /** The summary as plain text, for meta descriptions. */
  summaryText: string;
};

/** A tag of the index with the number of published notes that carry it. */
export type Tag = TagRef & { count: number };

/** One thing wrong with the content folder, tied to a file and a field. */
export type ContentProblem = {
  file: string;
  field: string;
  message: string;
};

/**
 * A tag's spelling as written in notes (`Large Language Model`), which the original site used as
 * its URL segment, paired with the tag it now names.
 */
export type TagSpelling = { spelling: string; tag: TagRef };

/** Everything the content folder holds, indexed for the pages. */
export type Library = {
  notes: Note[];
  tags: Tag[];
  /** Spellings that differ from their tag's slug and can be file names, for pages that send old tag links on. */
  oldTagSpellings: TagSpelling[];
  /** Notes marked `draft: true`: checked, never published. */
  drafts: Note[];
  /** Lookups for the pages, built once with the index. */
  noteBySlug: Map<string, Note>;
  tagBySlug: Map<string, Tag>;
  notesByTag: Map<string, Note[]>;
};

type Parsed = {
  file: string;
  note?: Note;
  draft?: boolean;
  /** The tags as written, trimmed. */
  spellings?: string[];
  problems: ContentProblem[];
};
type LoadResult = { library: Library; problems: ContentProblem[] };

/** The content folder: `NOTES_DIR` when set, else `content/`. */
export function notesDir(): string {
  return path.resolve(process.env.NOTES_DIR || 'content');
}

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

/** Reads and validates a content folder; reports every problem instead of throwing. */
export function loadNotes(dir: string = notesDir()): LoadResult {
  // A production build reads and parses each note once per process; in development an edit must
  // show on reload, so the cache is keyed by every file's modification time and size as well.
  const production = process.env.NODE_ENV === 'production';
  const cache = caches.get(dir);
  if (production && cache) return cache.result;
  const names = noteFileNames(dir);
  const stamp = production ? '' : folderStamp(dir, [...names, ALIASES_FILE]);
  if (cache?.stamp === stamp) return cache.result;
  // The benchmark and the scale test count how often each process reads the notes: once, at most.
  if (process.env.URL_NOTES_PARSE_LOG)
    appendFileSync(process.env.URL_NOTES_PARSE_LOG, `${process.pid} ${names.length}\n`);
  const { aliases, problems: aliasProblems } = loadTagAliases(dir);
  const result = indexNotes(
    names.map((name) => parseNoteFile(dir, name, aliases)),
    aliases,
  );
  result.problems.unshift(...aliasProblems, ...aliasesShadowingTags(dir, aliases, result.library));
  if (result.problems.length === 0 && result.library.notes.length === 0) {
    // Next.js cannot export a route with no pages: say so in the user's words instead.
    const folder = displayPath(dir);
    result.problems.push({
      file: folder,
      field: 'notes',
      message: 'no published notes; add one (see README, "Adding notes")',
    });
  }
  caches.set(dir, { stamp, result });
  return result;
}

const CACHE = Symbol.for('url-notes.notes');
// Next.js bundles each route on its own, so one build process may hold several copies of this
// module; a cache on globalThis is the one they share.
type Cache = Map<string, { stamp: string; result: LoadResult }>;
const shared = globalThis as typeof globalThis & { [CACHE]?: Cache };
shared[CACHE] ??= new Map();
const caches: Cache = shared[CACHE];

/** Every published note, newest first. */
export function getAllNotes(): Note[] {
  return library().notes;
}

/** The published note with this slug, if any. */
export function getNote(slug: string): Note | undefined {
  return library().noteBySlug.get(slug);
}

/** Every tag of a published note, most used first, then by name. */
export function getAllTags(): Tag[] {
  return library().tags;
}

/** The tag with this URL slug, if any. */
export function getTag(slug: string): Tag | undefined {
  return library().tagBySlug.get(slug);
}

/** A note's meta description: its summary's text, cut at a word near 160 characters. */
export function summaryDescription(note: Note): string {
  if (note.summaryText === '') return `A note on “${note.title}” from ${note.hostname}.`;
  if (note.summaryText.length <= 160) return note.summaryText;
  return `${note.summaryText.slice(0, 160).replace(/\s+\S*$/, '')}…`;
}

/** Old spellings of tags, whose original URLs must keep working. */
export function getOldTagSpellings(): TagSpelling[] {
  return library().oldTagSpellings;
}

/** The published notes carrying the tag with this slug, newest first. */
export function getNotesByTag(slug: string): Note[] {
  return library().notesByTag.get(slug) ?? [];
}

/**
 * Up to `limit` notes that share the most tags with this one, a rare shared tag weighing more than
 * a common one (its inverse document frequency); ties go to the newer note, then the slug.
 */
export function getRelatedNotes(slug: string, limit = 5): Note[] {
  const { notes, noteBySlug, notesByTag, tagBySlug } = library();
  const note = noteBySlug.get(slug);
  if (note === undefined) return [];
  const scores = new Map<Note, number>();
  for (const { slug: tag } of note.tags) {
    // Each shared tag counts 1, plus its inverse document frequency: more shared tags rank
    // higher, and of two notes sharing as many, the one sharing rarer tags.
    const weight = 1 + Math.log(notes.length / (tagBySlug.get(tag)?.count ?? notes.length));
    for (const other of notesByTag.get(tag) ?? []) {
      if (other !== note) scores.set(other, (scores.get(other) ?? 0) + weight);
    }
  }
  return [...scores]
    .sort(([a, sa], [b, sb]) => sb - sa || byNewest(a, b))
    .slice(0, limit)
    .map(([other]) => other);
}

/** Up to `limit` tags that most often appear on the same notes as this one, then by name. */
export function getCooccurringTags(slug: string, limit = 10): Tag[] {
  const { notesByTag, tagBySlug } = library();
  const counts = new Map<string, number>();
  for (const note of notesByTag.get(slug) ?? []) {
    for (const tag of note.tags) if (tag.slug !== slug) counts.set(tag.slug, (counts.get(tag.slug) ?? 0) + 1);
  }
  return [...counts]
    .flatMap(([other, count]) => {
      const tag = tagBySlug.get(other);
      return tag ? [{ ...tag, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'))
    .slice(0, limit);
}

function library(): Library {
  const { library, problems } = loadNotes();
  if (problems.length > 0) throw new ContentError(problems);
  return library;
}

const SLUG_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
const FIELDS = ['title', 'url', 'tags', 'date', 'draft'];
// Control characters (a newline from a `|` block, NUL) have no place in a one-line title or tag.
const CONTROL = /\p{Cc}/u;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A note's front matter: from a first line "---" to the next line that is "---" alone. */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/** The note files of a content folder: every `.md` file, sorted. */
export function noteFileNames(dir: string): string[] {
  return (
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.name.endsWith('.md'))
      // A symlinked note counts too: its target decides whether it is a file.
      .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && statSync(path.join(dir, entry.name)).isFile()))
      .map((entry) => entry.name)
      .sort()
  );
}

function folderStamp(dir: string, names: string[]): string {
  return names
    .map((name) => {
      const stats = statSync(path.join(dir, name), { throwIfNoEntry: false });
      return `${name}:${stats?.mtimeMs}:${stats?.size}`;
    })
    .join('\n');
}

function parseNoteFile(dir: string, name: string, aliases: TagAliases): Parsed {
  const file = displayPath(dir, name);
  return parseNote(file, name, readFileSync(path.join(dir, name), 'utf8'), aliases);
}

/**
 * Every problem a note file would have, for `npm run new` and `npm run import` to check what
 * they write by the very rules of the build. Empty when the note is valid.
 */
export function problemsOfNote(file: string, markdown: string, aliases: TagAliases = new Map()): ContentProblem[] {
  return parseNote(file, path.basename(file), markdown, aliases).problems;
}

function parseNote(file: string, name: string, source: string, aliases: TagAliases): Parsed {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });

  if (!SLUG_FILE_NAME.test(name)) {
    problem(
      'file name',
      `must be lowercase ASCII letters and digits in hyphen-separated words, like "my-note.md" (got "${name}")`,
    );
  }
  // Editors on Windows save a byte-order mark and CRLF line endings; both are valid notes.
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    problem('file', 'is empty; a note needs front matter (title, url, tags, date)');
    return { file, problems };
  }
  if (!/^---[ \t]*\n/.test(text)) {
    problem('front matter', 'missing; a note starts with a "---" block holding title, url, tags and date');
    return { file, problems };
  }
  const block = FRONT_MATTER.exec(text);
  if (block === null) {
    problem('front matter', 'not closed; end it with a line "---" before the summary');
    return { file, problems };
  }

  let data: unknown;
  let body: string;
  try {
    const parsed = matter(text, { engines: { yaml: parseYaml } });
    // gray-matter ends the front matter at the first line that merely starts with "---": fields
    // below a "----" line would be lost (a `draft: true` among them, publishing a draft). The
    // note is read only when gray-matter and this check agree on where the front matter ends.
    const frontMatter = block[1] ?? '';
    if (parsed.matter.trim() !== frontMatter.trim()) {
      problem('front matter', earlyEnd(frontMatter));
      return { file, problems };
    }
    data = parsed.data;
    body = parsed.content;
  } catch (error) {
    problem('front matter', `invalid YAML: ${messageOf(error)}`);
    return { file, problems };
  }
  if (!isRecord(data)) {
    problem('front matter', 'must be a YAML mapping of fields (title, url, tags, date)');
    return { file, problems };
  }

  for (const field of Object.keys(data)) {
    if (!FIELDS.includes(field)) problem(field, `unknown field; a note has ${FIELDS.join(', ')}`);
  }
  const title = checkTitle(data.title, problem);
  const url = checkUrl(data.url, problem);
  const spellings = checkTags(data.tags, problem);
  const date = checkDate(data.date, problem);
  const draft = checkDraft(data.draft, problem);
  if (problems.length > 0 || title === undefined || url === undefined || spellings === undefined) {
    return { file, problems };
  }
  if (date === undefined || draft === undefined) return { file, problems };

  // Rendering markdown is most of the cost of a note: do it when a page first asks, once. The
  // check, and build steps that need only titles and tags, never pay for it.
  let summary: RenderedMarkdown | undefined;
  const render = () => {
    summary ??= renderMarkdown(body);
    return summary;
  };
  // An alias from tags.yml becomes its canonical tag before anything else sees it.
  const canonical = spellings.map((spelling) => aliases.get(normalizeTag(spelling)) ?? spelling);
  const tags = new Map(canonical.map((spelling) => [normalizeTag(spelling), tagRef(spelling)]));
  return {
    file,
    problems,
    spellings,
    draft,
    note: {
      slug: name.slice(0, -'.md'.length),
      title,
      url: url.href,
      hostname: url.hostname.replace(/^www\./, ''),
      tags: [...tags.values()],
      date,
      get summaryHtml() {
        return render().html;
      },
      get summaryText() {
        return render().text;
      },
    },
  };
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

// The YAML 1.2 core schema: unlike gray-matter's default (YAML 1.1), it keeps `2025-08-05` a
// string, so a date can neither drift across time zones nor silently roll `2025-02-30` over.
function parseYaml(source: string): object {
  return YAML.parse(source, { schema: 'core' }) ?? {};
}

type Report = (field: string, message: string) => void;

function checkTitle(value: unknown, problem: Report): string | undefined {
  if (value === undefined || value === null) return void problem('title', 'missing');
  if (typeof value !== 'string' || value.trim() === '') {
    return void problem('title', `must be non-empty text (got ${describe(value)}); put it in quotes`);
  }
  if (CONTROL.test(value.trim())) return void problem('title', `must be one line of text (got ${describe(value)})`);
  return value.trim();
}

function checkUrl(value: unknown, problem: Report): URL | undefined {
  if (value === undefined || value === null) return void problem('url', 'missing');
  const url = typeof value === 'string' ? parseWebUrl(value) : null;
  if (url === null) {
    return void problem('url', `must be an absolute http(s) URL (got ${describe(value)})`);
  }
  return url;
}

function checkTags(value: unknown, problem: Report): string[] | undefined {
  if (value === undefined || value === null) return void problem('tags', 'missing');
  if (!Array.isArray(value)) {
    return void problem('tags', `must be a YAML list like [llm, hardware] (got ${describe(value)})`);
  }
  if (value.length === 0) return void problem('tags', 'must list at least one tag');
  const spellings: string[] = [];
  value.forEach((tag: unknown, index) => {
    const which = `tag ${index + 1}`;
    // YAML reads `2024` or `007` as a number and would drop the leading zero: ask for quotes.
    if (typeof tag === 'number') problem('tags', `${which} must be text; write it in quotes ("${tag}")`);
    else if (typeof tag !== 'string' || !/[^\s\p{Cf}]/u.test(tag)) {
      problem('tags', `${which} must be non-empty text (got ${describe(tag)})`);
    } else if (CONTROL.test(tag)) problem('tags', `${which} must be one line of text (got ${describe(tag)})`);
    else spellings.push(tag.trim());
  });
  return spellings.length === value.length ? spellings : undefined;
}

function checkDate(value: unknown, problem: Report): string | undefined {
  if (value === undefined || value === null) return void problem('date', 'missing');
  const text = typeof value === 'string' ? value.trim() : '';
  if (!DATE.test(text)) return void problem('date', `must be a date as YYYY-MM-DD (got ${describe(value)})`);
  if (!isCalendarDate(text)) return void problem('date', `is not a real calendar date (got ${describe(value)})`);
  return text;
}

/** Whether a `YYYY-MM-DD` string names a day that exists (no 30 February). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const [, year, month, day] = match.map(Number);
  // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999.
  const parsed = new Date(0);
  parsed.setUTCFullYear(year, month - 1, day);
  return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

function checkDraft(value: unknown, problem: Report): boolean | undefined {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') return void problem('draft', `must be true or false (got ${describe(value)})`);
  return value;
}

function indexNotes(results: Parsed[], aliases: TagAliases): LoadResult {
  const problems = results.flatMap((result) => result.problems);
  problems.push(...slugCollisions(results));
  const parsedNotes = (draft: boolean) => results.flatMap((r) => (r.note && r.draft === draft ? [r.note] : []));
  const notes = parsedNotes(false).sort(byNewest);

  const notesByTag = new Map<string, Note[]>();
  const tagBySlug = new Map<string, Tag>();
  for (const note of notes) {
    for (const tag of note.tags) {
      const entry = tagBySlug.get(tag.slug) ?? { ...tag, count: 0 };
      entry.count += 1;
      tagBySlug.set(tag.slug, entry);
      const tagged = notesByTag.get(tag.slug) ?? [];
      tagged.push(note);
      notesByTag.set(tag.slug, tagged);
    }
  }
  const tags = [...tagBySlug.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
  return {
    library: {
      notes,
      tags,
      oldTagSpellings: oldSpellings(results, aliases, tagBySlug),
      drafts: parsedNotes(true),
      noteBySlug: new Map(notes.map((note) => [note.slug, note])),
      tagBySlug,
      notesByTag,
    },
    problems,
  };
}

/**
 * Whether a spelling can be a folder name that a URL reaches on GitHub Pages: `#` and `?` end the
 * path, `/` and `\\` split it, and Jekyll hides names starting with `.` or `_`.
 */
function isStorable(spelling: string): boolean {
  return !/[#?/\\\p{Cc}]/u.test(spelling) && !/^[._]/.test(spelling) && Buffer.byteLength(spelling) <= 200;
}

/**
 * Each storable spelling of a published tag that is not its slug: as written in notes, lowercase,
 * and every alias from tags.yml with its own slug, whose old pages now belong to the canonical tag.
 */
function oldSpellings(results: Parsed[], aliases: TagAliases, published: Map<string, Tag>): TagSpelling[] {
  const found = new Map<string, TagSpelling>();
  const written = results.flatMap(({ spellings = [] }) => spellings);
  for (const raw of [...written, ...aliases.keys()]) {
    const tag = published.get(tagSlug(aliases.get(normalizeTag(raw)) ?? raw));
    if (tag === undefined) continue;
    for (const spelling of [raw, normalizeTag(raw), tagSlug(raw)]) {
      if (spelling !== tag.slug && isStorable(spelling) && !found.has(spelling)) {
        found.set(spelling, { spelling, tag: { name: tag.name, slug: tag.slug } });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.spelling.localeCompare(b.spelling, 'en'));
}

/** An alias whose address is a published tag's (`node-js` while notes use `node.js`) could never redirect. */
function aliasesShadowingTags(dir: string, aliases: TagAliases, library: Library): ContentProblem[] {
  const file = displayPath(dir, ALIASES_FILE);
  return [...aliases.keys()].flatMap((alias) => {
    const tag = library.tagBySlug.get(tagSlug(alias));
    return tag
      ? [
          {
            file,
            field: alias,
            message: `has the address of the tag "${tag.name}" that notes use; alias that tag instead`,
          },
        ]
      : [];
  });
}

/** Two different tags must never share a URL: each would overwrite the other's page. */
function slugCollisions(results: Parsed[]): ContentProblem[] {
  const firstUse = new Map<string, { name: string; file: string }>();
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const { file, note } of results) {
    for (const tag of note?.tags ?? []) {
      const first = firstUse.get(tag.slug);
      if (first === undefined) {
        firstUse.set(tag.slug, { name: tag.name, file });
      } else if (first.name !== tag.name && !reported.has(`${first.name}\n${tag.name}`)) {
        reported.add(`${first.name}\n${tag.name}`);
        problems.push({
          file,
          field: 'tags',
          message: `"${tag.name}" and "${first.name}" (in ${first.file}) share the URL slug "${tag.slug}"; use one spelling`,
        });
      }
    }
  }
  return problems;
}

/** Newest first, then by title, then by slug: the order of every list of notes. */
function byNewest(a: Note, b: Note): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'en') || a.slug.localeCompare(b.slug);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
