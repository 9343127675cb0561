// @vitest-environment jsdom
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { parseNote } from '@/lib/content/note';
import { type ContentProblem, formatProblem } from '@/lib/content/problems';
import { renderSummary } from '@/lib/content/summary';

const fixture = (name: string) => path.join('tests/fixtures', name);
const bad = (name: string) => loadNotes(fixture(`bad/${name}`)).problems;

/** Asserts exactly one problem, on this file and field, whose message matches. */
function expectOneProblem(problems: ContentProblem[], file: string, field: string, message: RegExp) {
  expect(problems.map(formatProblem)).toHaveLength(1);
  const [problem] = problems;
  expect(problem.file).toBe(path.join('tests/fixtures/bad', file));
  expect(problem.field).toBe(field);
  expect(problem.message).toMatch(message);
  expect(formatProblem(problem)).toBe(`${problem.file}: ${field}: ${problem.message}`);
  expect(formatProblem(problem)).not.toContain('\n');
}

describe('bad input: one precise line per problem', () => {
  it.each([
    ['no-front-matter', 'plain-note.md', 'front matter', /missing/],
    ['malformed-yaml', 'broken-yaml.md', 'front matter', /invalid YAML/],
    ['missing-title', 'no-title.md', 'title', /missing/],
    ['empty-title', 'empty-title.md', 'title', /non-empty/],
    ['missing-url', 'no-url.md', 'url', /missing/],
    ['relative-url', 'relative-url.md', 'url', /absolute http\(s\) URL \(got "\/just\/a\/path"\)/],
    ['javascript-url', 'javascript-url.md', 'url', /absolute http\(s\) URL \(got "javascript:alert\(1\)"\)/],
    ['data-url', 'data-url.md', 'url', /got "data:text\/html/],
    ['ftp-url', 'ftp-url.md', 'url', /got "ftp:\/\/example.com/],
    ['missing-tags', 'no-tags.md', 'tags', /missing/],
    ['empty-tags', 'empty-tags.md', 'tags', /at least one tag/],
    ['tags-not-list', 'tags-string.md', 'tags', /must be a YAML list .*got "llm, hardware"/],
    ['blank-tag', 'blank-tag.md', 'tags', /tag 2 must be non-empty/],
    ['missing-date', 'no-date.md', 'date', /missing/],
    ['impossible-date', 'february-30.md', 'date', /not a real calendar date \(got "2025-02-30"\)/],
    ['not-a-date', 'yesterday.md', 'date', /YYYY-MM-DD \(got "yesterday"\)/],
    ['draft-not-boolean', 'draft-yes.md', 'draft', /true or false \(got "yes"\)/],
    ['dead-not-a-date', 'dead-words.md', 'dead', /YYYY-MM-DD \(got "last week"\)/],
    ['dead-in-future', 'dead-2999.md', 'dead', /in the future; .*\(got "2999-01-01"\)/],
    ['bad-file-name', 'My Note.md', 'file name', /lowercase ASCII .*got "My Note.md"/],
    ['empty-file', 'empty.md', 'file', /is empty/],
    ['unknown-field', 'typo.md', 'darft', /unknown field; a note has title, url, tags, date, draft, dead/],
    ['unclosed-front-matter', 'unclosed.md', 'front matter', /not closed/],
    ['dashes-in-front-matter', 'early-end.md', 'front matter', /^line 6 \("----"\) starts with "---"/],
    ['numeric-tag', 'number-tag.md', 'tags', /tag 2 must be text; write it in quotes \("7"\)/],
    ['multiline-title', 'block-title.md', 'title', /one line/],
    ['invisible-tag', 'zero-width.md', 'tags', /tag 2 must be non-empty text/],
  ])('%s', (folder, file, field, message) => {
    expectOneProblem(bad(folder), path.join(folder, file), field, message);
  });

  it('two tags with one slug: names both tags and both files', () => {
    const problems = bad('slug-collision');
    expect(problems).toHaveLength(1);
    const line = formatProblem(problems[0]);
    expect(line).toContain('tests/fixtures/bad/slug-collision/b-other-note.md: tags:');
    expect(line).toContain('"c plus plus"');
    expect(line).toContain('"c++"');
    expect(line).toContain('slug-collision/a-cpp-note.md');
    expect(line).toContain('"c-plus-plus"');
  });

  it('two tags with one slug in a single note are caught too', () => {
    const [problem, ...rest] = bad('slug-collision-in-one-note');
    expect(rest).toEqual([]);
    expect(formatProblem(problem)).toMatch(
      /one-note.md: tags: "c plus plus" and "c\+\+" .* share the URL slug "c-plus-plus"/,
    );
  });

  it('a folder with nothing published is a site with no notes yet, not a problem', () => {
    const { problems, library } = loadNotes(fixture('only-drafts'));
    expect(problems).toEqual([]);
    expect(library.notes).toEqual([]);
    expect(library.tags).toEqual([]);
    expect(library.drafts.map((note) => note.slug)).toEqual(['just-a-draft']);
  });

  it('reports every problem of every file in one run, and keeps the good notes', () => {
    const { problems, library } = loadNotes(fixture('bad/many-problems'));
    expect(problems.map((p) => `${path.basename(p.file)} ${p.field}`).sort()).toEqual([
      'bad-url.md date',
      'bad-url.md title',
      'bad-url.md url',
      'no-front-matter.md front matter',
    ]);
    expect(library.notes.map((note) => note.slug)).toEqual(['good-note']);
  });
});

describe('good input', () => {
  it('reads a note saved with a byte-order mark and CRLF line endings', () => {
    const { problems, library } = loadNotes(fixture('bom-crlf'));
    expect(problems).toEqual([]);
    const [note] = library.notes;
    expect(note.title).toBe('Windows note');
    expect(note.tags.map((tag) => tag.name)).toEqual(['windows', 'line endings']);
    expect(renderSummary(note).html).toContain('<strong>Saved:</strong>');
    expect(renderSummary(note).html).toContain('<ul>');
  });

  it('reads `dead:` as the day the link was found dead, and leaves it off a live note', () => {
    const note = (extra: string) =>
      parseNote(
        'content/a.md',
        `---\ntitle: A\nurl: https://example.com/a\ntags: [a]\ndate: 2025-01-02\n${extra}---\n`,
        new Map(),
      );
    expect(note('dead: 2026-11-20\n')).toMatchObject({ problems: [], note: { dead: '2026-11-20' } });
    const live = note('');
    expect(live.problems).toEqual([]);
    expect(live.note).not.toHaveProperty('dead');
    expect(note('dead: 2026-02-30\n').problems.map(formatProblem)).toEqual([
      'content/a.md: dead: is not a real calendar date (got "2026-02-30")',
    ]);
  });

  it('keeps the date as written, in any time zone', () => {
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
        vi.stubEnv('TZ', tz);
        const { library } = loadNotes(fixture('bom-crlf'));
        expect(library.notes[0].date).toBe('2025-08-05');
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('sorts newest first, then by title; leaves drafts out; ignores files not ending in .md', () => {
    const { problems, library } = loadNotes(fixture('site'));
    expect(problems).toEqual([]);
    expect(library.notes).toHaveLength(47);
    expect(library.drafts.map((note) => note.slug)).toEqual(['secret-draft']);
    expect(library.notes.some((note) => note.title.includes('draft'))).toBe(false);
    expect(library.tags.some((tag) => tag.name === 'drafts only')).toBe(false);
    const order = library.notes.map((note) => `${note.date} ${note.title}`);
    const expected = [...order].sort((a, b) => b.slice(0, 10).localeCompare(a.slice(0, 10)) || a.localeCompare(b));
    expect(order).toEqual(expected);
  });

  it('merges tags that normalise alike and counts each note once per tag', () => {
    const { library } = loadNotes(fixture('site'));
    const llm = library.tags.find((tag) => tag.slug === 'llm');
    // "LLM" and "llm" are one tag; the fixture uses both spellings.
    expect(llm).toMatchObject({ name: 'llm', count: 39 });
    expect(library.tags.filter((tag) => tag.name === 'large language model')).toHaveLength(1);
    const counts = library.tags.map((tag) => tag.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('gives each note its hostname without www', () => {
    const { library } = loadNotes(fixture('site'));
    const note = library.notes.find((n) => n.slug === 'node-event-loop');
    expect(note?.hostname).toBe('nodejs.example.org');
    expect(note?.url).toBe('https://nodejs.example.org/event-loop?ref=a&b=c');
  });
});

describe('summaries are sanitized', () => {
  const { library, problems } = loadNotes(fixture('hostile'));
  const [note] = library.notes;

  it('loads the note', () => {
    expect(problems).toEqual([]);
    expect(note.title).toBe('Hostile <b>title</b> & more');
    expect(note.tags.map((tag) => tag.name)).toEqual(['security', 'xss']);
  });

  it('drops raw HTML, event handlers and javascript: links', () => {
    expect(renderSummary(note).html).not.toMatch(/<script|<img|onerror|onclick|javascript:/i);
    expect(renderSummary(note).html).toContain('click me');
  });

  it('turns a link whose URL the sanitizer removes into plain text, never an <a> without href', () => {
    const summary = document.createElement('div');
    summary.innerHTML = renderSummary(note).html;
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.org/page']);
    expect(summary.textContent).toContain('Link: click me');
    expect(summary.textContent).toContain('Reference link: by reference');
  });

  it('renders GFM tables and marks outbound links noopener noreferrer', () => {
    expect(renderSummary(note).html).toContain('<table>');
    expect(renderSummary(note).html).toContain(
      '<a href="https://example.org/page" rel="noopener noreferrer">example</a>',
    );
  });

  it('keeps plain text for descriptions, with list items apart', () => {
    expect(renderSummary(note).text).toContain('Image: Link: click me');
    expect(renderSummary(note).text).not.toContain('<');
  });
});

describe('caching', () => {
  let dir: string | undefined;
  afterEach(() => {
    vi.unstubAllEnvs();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const write = (title: string) =>
    writeFileSync(
      path.join(dir as string, 'a-note.md'),
      `---\ntitle: "${title}"\nurl: https://example.com/\ntags: [t]\ndate: 2025-01-01\n---\n`,
    );

  it('parses once per production build process', () => {
    vi.stubEnv('NODE_ENV', 'production');
    dir = mkdtempSync(path.join(tmpdir(), 'notes-'));
    write('First');
    const first = loadNotes(dir);
    write('Edited afterwards');
    expect(loadNotes(dir)).toBe(first);
    expect(loadNotes(dir).library.notes[0].title).toBe('First');
  });

  it('shows an edited note on the next load during development', () => {
    vi.stubEnv('NODE_ENV', 'development');
    dir = mkdtempSync(path.join(tmpdir(), 'notes-'));
    write('First');
    expect(loadNotes(dir).library.notes[0].title).toBe('First');
    write('Edited title');
    expect(loadNotes(dir).library.notes[0].title).toBe('Edited title');
  });
});
