// @vitest-environment jsdom
// `npm run export` as a user runs it: the Netscape file as Chrome's line reader and Firefox's HTML
// parser read it, JSON with every field, `--out` written whole, and one line for every mistake.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, scratchNotes } from '../scratch';

const { folder, run } = scratchNotes();

const NOTES: Record<string, string> = {
  'plain.md':
    '---\ntitle: Plain\nurl: https://plain.example/\ntags: [one]\ndate: 2024-01-02\n---\n- **What it is:** a *plain* note.\n',
  'hostile.md':
    '---\ntitle: "<b>Bold</b> & \\"quoted\\" it\'s"\nurl: "https://hostile.example/?a=1&b=2"\ntags: ["c++", "a, b", "Upper"]\ndate: 2023-05-06\n---\n<script>alert(1)</script>\n\n> a <i>quote</i>\n',
  'dead.md':
    '---\ntitle: Gone\nurl: https://gone.example/\ntags: [old]\ndate: 2020-01-01\ndead: 2025-03-04\n---\nWas here.\n',
  'draft.md': '---\ntitle: Draft\nurl: https://draft.example/\ntags: [wip]\ndate: 2024-03-04\ndraft: true\n---\n',
};
const writeNotes = () => {
  for (const [name, text] of Object.entries(NOTES)) writeFileSync(path.join(folder.dir, name), text);
};

/** The bookmarks as an HTML parser finds them (Firefox's BookmarkHTMLUtils walks the parsed document): each `<A>`, and the `<DD>` after it. */
function firefoxReads(html: string) {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return [...document.querySelectorAll('dt > a')].map((link) => {
    const next = link.parentElement?.nextElementSibling;
    return {
      href: link.getAttribute('href'),
      title: link.textContent,
      added: Number(link.getAttribute('add_date')),
      tags: link.getAttribute('tags')?.split(','),
      description: next?.tagName === 'DD' ? next.textContent?.trim() : undefined,
    };
  });
}

describe('npm run export', () => {
  it(
    '--format netscape: the doctype, each published note once on one line, as browsers read it',
    () => {
      writeNotes();
      const { status, stdout, stderr } = run('export', '--format', 'netscape');
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const lines = stdout.split('\n');
      expect(lines[0]).toBe('<!DOCTYPE NETSCAPE-Bookmark-file-1>');
      // Chrome's reader goes line by line: a bookmark is a line that starts `<DT><A` and holds its `</A>`.
      const bookmarks = lines.filter((line) => line.trimStart().startsWith('<DT><A '));
      expect(bookmarks).toHaveLength(3);
      for (const line of bookmarks)
        expect(line).toMatch(/^ {4}<DT><A HREF="[^"]+" ADD_DATE="\d+" LAST_MODIFIED="\d+" TAGS="[^"]*".*>.*<\/A>$/);
      expect(firefoxReads(stdout)).toEqual([
        {
          href: 'https://plain.example/',
          title: 'Plain',
          added: 1704153600,
          tags: ['one'],
          description: 'What it is: a plain note.',
        },
        {
          href: 'https://hostile.example/?a=1&b=2',
          title: '<b>Bold</b> & "quoted" it\'s',
          added: 1683331200,
          tags: ['c++', 'a\uFF0C b', 'Upper'],
          description: 'a quote',
        },
        {
          href: 'https://gone.example/',
          title: 'Gone',
          added: 1577836800,
          tags: ['old'],
          description: 'Dead link (found dead on 2025-03-04). Was here.',
        },
      ]);
      expect(stdout).not.toContain('<script>');
      expect(stdout).toContain('DEAD="2025-03-04"');
      expect(stdout).not.toContain('draft.example');
    },
    CLI_TIMEOUT,
  );

  it(
    '--drafts adds the drafts, marked private; --format json holds them always, every field',
    () => {
      writeNotes();
      expect(run('export', '--format', 'netscape', '--drafts').stdout).toContain(
        '<DT><A HREF="https://draft.example/" ADD_DATE="1709510400" LAST_MODIFIED="1709510400" TAGS="wip" PRIVATE="1">Draft</A>',
      );
      const { notes } = JSON.parse(run('export', '--format', 'json').stdout);
      expect(notes).toEqual([
        {
          slug: 'draft',
          title: 'Draft',
          url: 'https://draft.example/',
          tags: ['wip'],
          date: '2024-03-04',
          draft: true,
          dead: null,
          summary: '',
        },
        {
          slug: 'plain',
          title: 'Plain',
          url: 'https://plain.example/',
          tags: ['one'],
          date: '2024-01-02',
          draft: false,
          dead: null,
          summary: '- **What it is:** a *plain* note.\n',
        },
        expect.objectContaining({
          slug: 'hostile',
          tags: ['c++', 'a, b', 'Upper'],
          summary: '<script>alert(1)</script>\n\n> a <i>quote</i>\n',
        }),
        expect.objectContaining({ slug: 'dead', dead: '2025-03-04' }),
      ]);
    },
    CLI_TIMEOUT,
  );

  it(
    '--out writes the file whole and nothing on stdout, leaving no temporary file',
    () => {
      writeNotes();
      const out = path.join(folder.dir, 'export', 'notes.json');
      mkdirSync(path.dirname(out));
      const { status, stdout, stderr } = run('export', '--format', 'json', '--out', out);
      expect(status).toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toBe(`export: 4 notes written to ${out}\n`);
      expect(JSON.parse(readFileSync(out, 'utf8')).notes).toHaveLength(4);
      expect(readdirSync(path.dirname(out))).toEqual(['notes.json']);
    },
    CLI_TIMEOUT,
  );

  it.each([
    [[], 'usage: npm run export -- --format netscape|json [--out FILE] [--drafts]'],
    [['--format', 'csv'], 'export: --format: no format "csv"; the formats are netscape, json'],
    [
      ['--format', 'json', '--out', '/no/such/folder/x.json'],
      'export: --out: /no/such/folder/x.json: there is no folder /no/such/folder to write it in',
    ],
  ])(
    '%j: one line, exit 1',
    (args, message) => {
      writeNotes();
      const { status, stdout, stderr } = run('export', ...args);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
    },
    CLI_TIMEOUT,
  );

  it(
    'a folder that fails the check: the first problem in one line, exit 1, no file',
    () => {
      writeNotes();
      writeFileSync(path.join(folder.dir, 'bad.md'), '---\ntitle: Bad\ntags: [x]\ndate: 2024-01-01\n---\n');
      const out = path.join(folder.dir, 'out.html');
      const { status, stderr } = run('export', '--format', 'netscape', '--out', out);
      expect(status).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^export: .*bad\.md: url: missing; nothing was exported$/),
      ]);
      expect(existsSync(out)).toBe(false);
    },
    CLI_TIMEOUT,
  );

  it(
    'a folder with two problems: the first, and how many more, in one line',
    () => {
      writeNotes();
      writeFileSync(path.join(folder.dir, 'bad.md'), '---\ntitle: Bad\ntags: [x]\ndate: 2024-01-01\n---\n');
      writeFileSync(path.join(folder.dir, 'empty.md'), '');
      const { status, stderr } = run('export', '--format', 'json');
      expect(status).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^export: .*bad\.md: url: missing \(and 1 more problem; npm run check lists them\); nothing was exported$/,
        ),
      ]);
    },
    CLI_TIMEOUT,
  );
});
