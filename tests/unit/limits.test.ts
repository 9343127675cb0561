import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'limits-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Fields = { title?: string; url?: string; tags?: string; date?: string };

/** A note whose fields are valid unless given; `summary` below the front matter. */
function note(
  { title = '"A note"', url = 'https://example.com/', tags = '[web]', date = '2025-01-01' }: Fields,
  summary = 'Fine.',
) {
  return `---\ntitle: ${title}\nurl: ${url}\ntags: ${tags}\ndate: ${date}\n---\n${summary}\n`;
}

const nestedList = (levels: number) =>
  Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

// Each note passed the check before and failed, stalled or crashed the build (issue 14).
describe('every note that passes the check builds', () => {
  it.each([
    [
      '2,000 ">"',
      note({}, '>'.repeat(2000)),
      'summary',
      /^nests blockquotes or lists 2000 levels deep; keep it to 20 levels$/,
    ],
    [
      '20,000 nested "*"',
      note({}, `${'*'.repeat(20000)}x${'*'.repeat(20000)}`),
      'summary',
      /^nests emphasis \(\* or _\) 20000 levels deep/,
    ],
    // Two columns of indentation a level make a 1,000-level list 1 MB: the size limit stops it.
    ['a 1,000-level list', note({}, nestedList(1000)), 'summary', /^is 1006000 bytes; the most is 100000 bytes/],
    [
      'a 200-level list',
      note({}, nestedList(200)),
      'summary',
      /^nests blockquotes or lists 200 levels deep; keep it to 20 levels$/,
    ],
    ['a 2 MB paragraph', note({}, 'word '.repeat(400_000)), 'summary', /^is 2000001 bytes; the most is 100000 bytes/],
    [
      'a 2,001-character URL',
      note({ url: `https://example.com/${'a'.repeat(1981)}` }),
      'url',
      /^is 2001 characters; the most is 2000$/,
    ],
    ['a 501-character title', note({ title: 't'.repeat(501) }), 'title', /^is 501 characters; the most is 500$/],
    [
      'a 501-character tag',
      note({ tags: `[web, ${'t'.repeat(501)}]` }),
      'tags',
      /^tag 2 is 501 characters; the most is 500$/,
    ],
    // One note with N tags puts N chips on each of its N tag pages: 1,000 tags made a 3.5-minute build.
    [
      'a note with 101 tags',
      note({ tags: `[${Array.from({ length: 101 }, (_, n) => `t${n}`).join(', ')}]` }),
      'tags',
      /^lists 101 tags; the most is 100: keep the ones a reader would follow$/,
    ],
    ['a date in 2100', note({ date: '2100-01-01' }), 'date', /^is after tomorrow \(\d{4}-\d\d-\d\d\); a note is dated/],
    ['the year 0000', note({ date: '0000-01-01' }), 'date', /^is not a real calendar date \(got "0000-01-01"\)$/],
    ['a title of invisible characters', note({ title: '"\\u200b\\u202e"' }), 'title', /^must have visible characters/],
  ])('%s: one line, and the note never reaches the renderer', (_, markdown, field, message) => {
    writeFileSync(path.join(dir, 'bad.md'), markdown);
    writeFileSync(path.join(dir, 'good.md'), note({}));
    const { problems, library } = loadNotes(dir);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/bad\.md: /)]);
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toMatch(message);
    // Only valid notes reach the pages and feeds, where renderSummary runs.
    expect(library.notes.map((n) => n.slug)).toEqual(['good']);
  });

  it.each([
    ['a 20-deep blockquote', `${'> '.repeat(20)}quote`],
    ['a 20-level list', nestedList(20)],
    ['bold, italics and a rule', '**bold** and _italic_ and ***both***\n\n***\n\n- a\n  - b\n    - c'],
    ['indented code in a fence', `\`\`\`json\n${' '.repeat(80)}{}\n\`\`\``],
    ['a 99 KB summary', 'word '.repeat(19_000)],
    ['100 tags', ''],
    ['dated tomorrow', ''],
  ])('%s passes', (name, summary) => {
    const tags = `[${Array.from({ length: 100 }, (_, n) => `t${n}`).join(', ')}]`;
    const fields = { 'dated tomorrow': { date: tomorrow }, '100 tags': { tags } }[name] ?? {};
    writeFileSync(path.join(dir, 'ok.md'), note(fields, summary));
    expect(loadNotes(dir).problems).toEqual([]);
  });
});
