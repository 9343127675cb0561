// @vitest-environment jsdom
// Highlights come along: Omnivore's and Hypothesis's passages become blockquotes under a heading of
// their own, a page already noted gains them without a byte of what its owner wrote changing, and
// a second import of the same file changes nothing. They show on the note page, which search indexes.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteArticle } from '@/components/NoteArticle';
import { ContentChecker } from '@/lib/content/checker';
import { loadNotes, readFolder } from '@/lib/content/load';
import { editProblem, rewriteNote } from '@/lib/links/note-rewrite';
import { displayPath } from '@/lib/messages';
import { scratchNotes } from '../scratch';
import { importInto, notesIn, zipOf } from './helpers';

afterEach(cleanup);
const { folder } = scratchNotes();
const fixture = (name: string) => `tests/fixtures/import/${name}`;
const file = (slug: string) => readFileSync(path.join(folder.dir, `${slug}.md`), 'utf8');

/** A note its owner wrote by hand, for the page one highlight in hypothesis.json is on. */
const OWN = `---
title: 'My own title'
url: https://already.example/noted
tags: [keep, mine]
date: 2024-01-02
---

- **What it is:** my words, *as I wrote them*   
`;

const ON_READING = `## Highlights

> The first passage
> over two lines

> A later passage, \\<b\\>bold\\</b\\> in the page

Second thought, with \\*stars\\* and a \\[link\\](javascript:alert(1)).
`;

describe('highlights', () => {
  it('Hypothesis: a page becomes a note of its passages, oldest first, with the note under its passage', async () => {
    const { lines } = await importInto(folder.dir, fixture('hypothesis.json'));
    expect(lines[0]).toMatch(
      /\(Hypothesis annotations \(JSON\)\): imported 3, skipped 0 as duplicates, skipped 1 as invalid$/,
    );
    expect(lines).toContain('  urn:x-pdf:4f2d0a1b9c: not an http(s) URL');
    expect(file('on-reading')).toBe(
      `---\ntitle: "On Reading"\nurl: "https://essays.example/on-reading"\ntags: ["reading", "essays"]\ndate: 2024-04-30\n---\n${ON_READING}`,
    );
    // A page note has no passage: the owner's words alone, under the heading.
    expect(file('notes-example-page-note')).toContain(
      '\n---\n## Highlights\n\nA page note: no passage, only what I thought\n',
    );
  });

  it('a page already noted gains the highlights at the end of its summary; every byte before stays', async () => {
    writeFileSync(path.join(folder.dir, 'my-own-title.md'), OWN);
    const { lines } = await importInto(folder.dir, fixture('hypothesis.json'));
    expect(lines[0]).toMatch(/imported 2, added highlights to 1, skipped 0 as duplicates, skipped 1 as invalid$/);
    expect(lines).toContain(`added highlights to 1 notes already there:`);
    expect(file('my-own-title')).toBe(
      `${OWN.trimEnd()}\n\n## Highlights\n\n> A passage on a page already noted\n\nWhy this matters to me\n`,
    );
    const own = notesIn(folder.dir).find((note) => note.slug === 'my-own-title');
    expect(own).toMatchObject({ title: 'My own title', tags: ['keep', 'mine'], date: '2024-01-02' });
  });

  it('many notes already there gain their highlights with one check of the folder, not one a note', async () => {
    const pages = Array.from({ length: 30 }, (_, i) => `https://already.example/page-${i}`);
    for (const [i, url] of pages.entries()) {
      writeFileSync(path.join(folder.dir, `own-${i}.md`), OWN.replace('https://already.example/noted', url));
    }
    const exported = JSON.parse(readFileSync(fixture('hypothesis.json'), 'utf8'));
    const annotation = exported.annotations[0];
    const many = path.join(folder.dir, '..', `${path.basename(folder.dir)}-many.json`);
    const annotations = pages.map((uri, i) => ({
      ...annotation,
      id: `many-${i}`,
      uri,
      text: '',
      target: [{ source: uri, selector: [{ type: 'TextQuoteSelector', exact: `Passage ${i}` }] }],
    }));
    writeFileSync(many, JSON.stringify({ ...exported, annotations }));
    const checks = vi.spyOn(ContentChecker.prototype, 'problemsWithAll');
    try {
      const { lines } = await importInto(folder.dir, many);
      expect(lines[0]).toMatch(/imported 0, added highlights to 30,/);
      expect(checks).toHaveBeenCalledTimes(1);
    } finally {
      checks.mockRestore();
      rmSync(many, { force: true });
    }
    expect(file('own-29')).toBe(
      `${OWN.replace('https://already.example/noted', pages[29]).trimEnd()}\n\n## Highlights\n\n> Passage 29\n`,
    );
  });

  it('importing the same file again changes nothing and says so in one line', async () => {
    writeFileSync(path.join(folder.dir, 'my-own-title.md'), OWN);
    await importInto(folder.dir, fixture('hypothesis.json'));
    const before = readdirSync(folder.dir).map((name) => [name, file(name.replace(/\.md$/, ''))]);
    const { lines } = await importInto(folder.dir, fixture('hypothesis.json'));
    expect(lines).toEqual([expect.stringMatching(/: nothing new; 3 already noted, and 1 skipped as invalid/)]);
    expect(readdirSync(folder.dir).map((name) => [name, file(name.replace(/\.md$/, ''))])).toEqual(before);
  });

  it('a highlight added in the service since is appended below the ones already there', async () => {
    writeFileSync(path.join(folder.dir, 'my-own-title.md'), OWN);
    await importInto(folder.dir, fixture('hypothesis.json'));
    const first = file('my-own-title');
    const later = path.join(folder.dir, '..', `${path.basename(folder.dir)}-later.json`);
    const exported = JSON.parse(readFileSync(fixture('hypothesis.json'), 'utf8'));
    const newer = {
      ...exported.annotations[2],
      created: '2024-06-01T00:00:00Z',
      text: '',
      target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'One more' }] }],
    };
    writeFileSync(later, JSON.stringify({ ...exported, annotations: [newer, ...exported.annotations] }));
    try {
      const { lines } = await importInto(folder.dir, later);
      expect(lines[0]).toMatch(/imported 0, added highlights to 1,/);
    } finally {
      rmSync(later, { force: true });
    }
    expect(file('my-own-title')).toBe(`${first}\n> One more\n`);
  });

  it('the proof allows the appended highlights alone: a change before them, or a summary that would not pass, is refused', () => {
    writeFileSync(path.join(folder.dir, 'my-own-title.md'), OWN);
    const name = displayPath(folder.dir, 'my-own-title.md');
    const checker = new ContentChecker(readFolder(folder.dir));
    const appended = '\n\n## Highlights\n\n> A passage\n';
    expect(editProblem(OWN, `${OWN.trimEnd()}${appended}`, { fields: {}, appended })).toBeUndefined();
    const edited = OWN.replace('my words', 'My words');
    expect(editProblem(OWN, `${edited.trimEnd()}${appended}`, { fields: {}, appended })).toBe(
      'the note would change before its end',
    );
    const huge = `\n\n> ${'x'.repeat(300_000)}\n`;
    const outcome = rewriteNote(
      name,
      { fields: {}, appended: huge },
      (before) => `${before.trimEnd()}${huge}`,
      checker,
    );
    expect(outcome).toEqual({ refused: expect.stringMatching(/^npm run check would then fail: .*summary/) });
    expect(file('my-own-title')).toBe(OWN);
  });

  it('a dry run says which notes would gain highlights and writes nothing', async () => {
    writeFileSync(path.join(folder.dir, 'my-own-title.md'), OWN);
    const { lines } = await importInto(folder.dir, fixture('hypothesis.json'), { dryRun: true });
    expect(lines[0]).toMatch(/would import 2, would add highlights to 1,/);
    expect(readdirSync(folder.dir)).toEqual(['my-own-title.md']);
    expect(file('my-own-title')).toBe(OWN);
  });

  it('Omnivore: highlights/<slug>.md becomes blockquotes, labels and the owner’s note below each', async () => {
    await importInto(folder.dir, zipOf(fixture('omnivore'), folder.dir));
    expect(file('a-saved-article')).toMatch(
      /---\n- \*\*Saved with:\*\* What the page said about itself\n\n## Highlights\n\n> The first quoted passage\n\n\\#idea\n\nMy annotation\n\n> A second passage\n$/,
    );
  });

  it('Omnivore: an item already noted gains its highlights, and only once', async () => {
    const mine =
      '---\ntitle: Mine\nurl: https://omnivore.example/article\ntags: [own]\ndate: 2024-01-01\n---\nMy summary.\n';
    writeFileSync(path.join(folder.dir, 'mine.md'), mine);
    const zip = zipOf(fixture('omnivore'), folder.dir);
    const { lines } = await importInto(folder.dir, zip);
    expect(lines[0]).toMatch(/imported 2, added highlights to 1, skipped 0 as duplicates/);
    const highlighted = `${mine.trimEnd()}\n\n## Highlights\n\n> The first quoted passage\n\n\\#idea\n\nMy annotation\n\n> A second passage\n`;
    expect(file('mine')).toBe(highlighted);
    await importInto(folder.dir, zip);
    expect(file('mine')).toBe(highlighted);
  });

  it('show on the note page as quotations under their heading, in the text search indexes', async () => {
    await importInto(folder.dir, fixture('hypothesis.json'));
    const note = loadNotes(folder.dir).library.noteBySlug.get('on-reading');
    if (note === undefined) throw new Error('no note on-reading');
    const { container } = render(<NoteArticle note={note} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Highlights' })).toBeTruthy();
    const quotes = [...container.querySelectorAll('blockquote')].map((quote) => quote.textContent?.trim());
    expect(quotes).toEqual(['The first passage\nover two lines', 'A later passage, <b>bold</b> in the page']);
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(container.querySelector('[data-pagefind-body]')?.textContent).toContain('A later passage');
  });
});
