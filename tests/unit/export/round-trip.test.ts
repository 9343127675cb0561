// A property of `npm run export` and `npm run import` together: any folder of valid notes (the
// fixture site, the hostile fixture, 1,000 synthetic notes and 300 seeded hostile ones) comes back
// from an import of its JSON export into an empty folder exactly as it was, every field, and from
// its Netscape export with every field that format carries (title, URL, tags, date, draft, dead).
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { oneLine } from '@/lib/authoring';
import { readFolder } from '@/lib/content/load';
import { exportOf } from '@/lib/export';
import { normalizeTag } from '@/lib/tags';
import { random, writeCorpus } from '@/tools/corpus';
import { importInto, TODAY } from '../import/helpers';

const HOSTILE_TITLES = [
  '<script>alert(1)</script>',
  'Fish &amp; chips & more',
  '"Double" and \'single\' quotes',
  'key: value',
  '- starts like a list',
  '# starts like a heading',
  'back\\slash',
  'café naïve',
  '日本語のタイトル',
  '🤷‍♂️ shrug',
  '\u202Eright-to-left override',
  '{{ braces }}',
  '[a link](javascript:alert(1))',
  '*stars* and _underscores_',
  'a | pipe',
  'yes',
  'null',
  '~',
  '0x1F',
  'two  spaces',
];
const HOSTILE_TAGS = [
  'c++',
  'c#',
  'node.js',
  'a, b',
  '"quoted"',
  '<b>',
  'r&d',
  'ключ',
  'null',
  '007',
  'yes',
  '🦀',
  'either/or',
  '#hash',
  'Upper Case',
  'x: y',
];
const SUMMARIES = [
  '',
  '- **What it is:** plain.\n',
  '\nA paragraph after a blank line.\n\n\n',
  '- no newline at the end',
  '<script>alert(1)</script>\n\n> quoted <b>html</b> & more\n',
  '- **Saved with:** text\n\n## Highlights\n\n> A passage\n> over lines\n\nWhat I thought\n\n> Another\n',
  '| a | b |\n| - | - |\n| 1 | 2 |\n',
  '   \n\t- odd white space  \n',
];

/** Notes no importer's tidying would leave alone: markup, YAML's own words, quotes, scripts, white space. */
function writeHostile(dir: string, count: number, seed: number) {
  const rng = random(seed);
  for (let i = 0; i < count; i += 1) {
    const title = `${rng.pick(HOSTILE_TITLES)} ${i}${rng.next() < 0.3 ? ` ${rng.pick(HOSTILE_TITLES)}` : ''}`;
    const tags = [...new Set(Array.from({ length: rng.int(1, 4) }, () => rng.pick(HOSTILE_TAGS)))];
    const day = new Date(Date.UTC(2000, 0, 1) + rng.int(0, 9000) * 86_400_000).toISOString().slice(0, 10);
    const front: Record<string, unknown> = {
      title,
      url: `https://Host-${i % 7}.example/${encodeURIComponent(rng.pick(HOSTILE_TITLES))}?n=${i}#part`,
      tags,
      date: day,
    };
    if (rng.next() < 0.15) front.draft = true;
    if (rng.next() < 0.15) front.dead = '2026-01-02';
    const yaml = stringify(front, { defaultStringType: rng.pick(['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE'] as const) });
    writeFileSync(path.join(dir, `hostile-${i}.md`), `---\n${yaml}---\n${rng.pick(SUMMARIES)}`);
  }
}

/** Every field of every note in `dir`, by slug: what the JSON export must bring back. */
function notesOf(dir: string) {
  const { parsed } = readFolder(dir);
  const problems = parsed.flatMap((file) => file.problems);
  if (problems.length > 0) throw new Error(`notes with problems: ${JSON.stringify(problems.slice(0, 3))}`);
  return new Map(
    parsed.flatMap(({ note, leftOut, spellings }) =>
      note
        ? [
            [
              note.slug,
              {
                title: note.title,
                url: note.url,
                tags: spellings,
                date: note.date,
                draft: leftOut === 'draft',
                dead: note.dead,
                summary: note.summaryMarkdown,
              },
            ] as const,
          ]
        : [],
    ),
  );
}

/** What a Netscape file carries of each note, by URL: tags as an import spells them, a comma as the export writes it. */
function netscapeFields(notes: ReturnType<typeof notesOf>) {
  return new Map(
    [...notes.values()].map(({ title, url, tags = [], date, draft, dead }) => [
      url,
      {
        title: oneLine(title),
        tags: [...new Set(tags.map((tag) => normalizeTag(tag.replaceAll(',', '\uFF0C'))))],
        date,
        draft,
        dead,
      },
    ]),
  );
}

const scratch: string[] = [];
const folder = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `round-trip-${name}-`));
  scratch.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('export, then import into an empty folder', () => {
  let source: string;
  beforeAll(() => {
    source = folder('source');
    for (const name of readdirSync('tests/fixtures/site').filter((file) => file.endsWith('.md')))
      cpSync(path.join('tests/fixtures/site', name), path.join(source, name));
    cpSync('tests/fixtures/hostile/raw-html.md', path.join(source, 'raw-html.md'));
    writeCorpus(source, 1000, { seed: 32 });
    writeHostile(source, 300, 32);
  }, 120_000);

  it('JSON: every note comes back exactly, every field, summaries byte for byte', async () => {
    const before = notesOf(source);
    expect(before.size).toBe(readdirSync(source).length);
    const file = path.join(folder('json'), 'notes.json');
    writeFileSync(file, exportOf(source, 'json', false).text);
    const target = folder('json-target');
    const { report } = await importInto(target, file, { today: TODAY });
    expect(report.counts).toMatchObject({ imported: before.size, duplicates: 0, invalid: 0, dated: 0 });
    expect(notesOf(target)).toEqual(before);
  }, 120_000);

  it('Netscape (with --drafts): every note comes back with its title, URL, tags, date, draft and dead mark', async () => {
    const before = notesOf(source);
    const file = path.join(folder('netscape'), 'bookmarks.html');
    writeFileSync(file, exportOf(source, 'netscape', true).text);
    const target = folder('netscape-target');
    const { report } = await importInto(target, file, { today: TODAY });
    expect(report.counts).toMatchObject({ imported: before.size, duplicates: 0, invalid: 0, dated: 0 });
    expect(netscapeFields(notesOf(target))).toEqual(netscapeFields(before));
  }, 120_000);
});
