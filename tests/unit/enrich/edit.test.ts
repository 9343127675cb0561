import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageQuote } from '@/lib/authoring/quote';
import { ContentChecker } from '@/lib/content/checker';
import { readFolder } from '@/lib/content/load';
import { enrichText } from '@/lib/enrich/edit';
import { editProblem, rewriteNote, rewriteNotes } from '@/lib/links/note-rewrite';
import { displayPath } from '@/lib/messages';

const URL = 'https://example.com/post';
const QUOTE = pageQuote('What the page says.', 'Example');

describe('pageQuote', () => {
  it('quotes the description and names its source, both escaped so that they show as written', () => {
    expect(pageQuote('1. <b>Bold</b> *claims*', '2. Site')).toBe(
      '> 1\\. \\<b\\>Bold\\</b\\> \\*claims\\*\n\n— 2. Site',
    );
  });
});

describe('enrichText', () => {
  it('sets a title that is the URL and fills the empty summary, every other byte as it was', () => {
    const note = `---\ntitle: ${URL}   # as Pocket left it\nurl: ${URL}\ntags: [a]\ndate: 2024-01-02\n---\n`;
    expect(enrichText(note, { url: URL, title: 'The post: a title', summary: QUOTE })).toBe(
      `---\ntitle: "The post: a title"   # as Pocket left it\nurl: ${URL}\ntags: [a]\ndate: 2024-01-02\n---\n${QUOTE}\n`,
    );
  });

  it('keeps a byte-order mark, CRLF line endings and a flow mapping', () => {
    const note = `\uFEFF---\r\n{ title: '${URL}', url: '${URL}', tags: [a], date: 2024-01-02 }\r\n---\r\n\r\n`;
    expect(enrichText(note, { url: URL, title: 'Title', summary: QUOTE })).toBe(
      `\uFEFF---\r\n{ title: 'Title', url: '${URL}', tags: [a], date: 2024-01-02 }\r\n---\r\n${QUOTE.replaceAll('\n', '\r\n')}\r\n`,
    );
  });

  it('leaves a title and a summary the owner wrote', () => {
    const note = `---\ntitle: Mine\nurl: ${URL}\ntags: [a]\ndate: 2024-01-02\n---\nMy summary.\n`;
    expect(enrichText(note, { url: URL, title: 'The page’s', summary: QUOTE })).toBeUndefined();
  });
});

describe('rewriteNote with a summary', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'enrich-edit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes a note and returns its file as problems name it, as the checker knows it. */
  const write = (text: string, name = 'note.md') => {
    writeFileSync(path.join(dir, name), text);
    return displayPath(dir, name);
  };

  it('refuses to replace a summary the owner wrote, even when asked to fill one', () => {
    const before = `---\ntitle: Mine\nurl: ${URL}\ntags: [a]\ndate: 2024-01-02\n---\nMy summary.\n`;
    const after = before.replace('My summary.', QUOTE);
    expect(editProblem(before, after, { fields: {}, summary: QUOTE })).toBe(
      'the note would read differently (the summary); edit it by hand',
    );
  });

  it('refuses a field changed that was not intended, and writes nothing on a dry run', () => {
    const before = `---\ntitle: ${URL}\nurl: ${URL}\ntags: [a]\ndate: 2024-01-02\n---\n`;
    const file = write(before);
    const checker = new ContentChecker(readFolder(dir));
    const sneaky = (text: string) => `${text.replace('tags: [a]', 'tags: [b]')}${QUOTE}\n`;
    expect(rewriteNote(file, { fields: {}, summary: QUOTE }, sneaky, checker)).toEqual({
      refused: 'the note would read differently (tags); edit it by hand',
    });
    const fill = (text: string) => enrichText(text, { url: URL, title: 'Title', summary: QUOTE });
    expect(rewriteNote(file, { fields: { title: 'Title' }, summary: QUOTE }, fill, checker, { dryRun: true })).toBe(
      'written',
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(rewriteNote(file, { fields: { title: 'Title' }, summary: QUOTE }, fill, checker)).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe(
      `---\ntitle: Title\nurl: ${URL}\ntags: [a]\ndate: 2024-01-02\n---\n${QUOTE}\n`,
    );
  });

  it('proves many edits with one check of the folder: one that would fail it is refused, the rest written', () => {
    const note = (title: string, url: string) =>
      `---\ntitle: ${JSON.stringify(title)}\nurl: ${url}\ntags: [a]\ndate: 2024-01-02\n---\n`;
    const urls = ['https://example.com/1', 'https://example.com/2', 'https://example.com/3'];
    const files = urls.map((url, n) => write(note(url, url), `note-${n}.md`));
    const checker = new ContentChecker(readFolder(dir));
    const titles = ['One', 'x'.repeat(501), 'Three'];
    const edits = files.map((file, n) => ({
      file,
      intended: { fields: { title: titles[n] } },
      edit: (text: string) => enrichText(text, { url: urls[n], title: titles[n] }),
    }));
    const outcomes = rewriteNotes(edits, checker);
    expect(outcomes[0]).toBe('written');
    expect(outcomes[1]).toEqual({
      refused: expect.stringMatching(/^npm run check would then fail: .*note-1\.md: title: /),
    });
    expect(outcomes[2]).toBe('written');
    expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual([
      note('One', urls[0]),
      note(urls[1], urls[1]),
      note('Three', urls[2]),
    ]);
  });
});
