import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bookmarklet,
  CUT_MARK,
  draftFromForm,
  fittedNewFileUrl,
  MAX_GITHUB_URL_LENGTH,
  newFileUrl,
  parseNotedUrls,
  summaryWithQuote,
} from '@/lib/add/draft';
import { addPageDataJson } from '@/lib/add/page-data';
import { noteMarkdown, SUMMARY_SKELETON } from '@/lib/authoring/new-note';
import { problemsOfNote } from '@/lib/content/note';
import { normalizeTag, tagSlug } from '@/lib/tags';

const site = {
  notes: [['https://example.org/noted', 'noted-page']] satisfies [string, string][],
  tags: [
    ['c-plus-plus', 'c++'],
    ['llm', 'llm'],
  ] satisfies [string, string][],
};
const form = {
  url: 'https://example.org/post',
  title: 'A “quoted”: title',
  tags: 'Rust, C++ ,LLM, llm',
  date: '2025-08-05',
  summary: SUMMARY_SKELETON,
};
const messages = (fields: Partial<typeof form>) =>
  draftFromForm({ ...form, ...fields }, site).problems.map(({ field, message }) => `${field}: ${message}`);

describe('/add/: the note a form makes', () => {
  it('is the file `npm run new` would write, named by its slug rule, and passes the check', () => {
    const draft = draftFromForm(form, site);
    expect(draft.problems).toEqual([]);
    expect(draft.file).toBe('content/a-quoted-title.md');
    expect(draft.markdown).toBe(noteMarkdown({ ...form, tags: ['rust', 'c++', 'llm'], summary: SUMMARY_SKELETON }));
    expect(problemsOfNote(draft.file, draft.markdown, new Map())).toEqual([]);
  });

  it('takes the next free slug when a note has the name', () => {
    expect(draftFromForm({ ...form, title: 'Noted page', url: 'https://example.org/other' }, site).file).toBe(
      'content/noted-page-2.md',
    );
  });

  it('refuses what `npm run check` refuses: a non-web URL, no title, no tags, a day that does not exist', () => {
    expect(messages({ url: 'javascript:alert(1)' })).toEqual([
      'url: must be an absolute http(s) URL (got "javascript:alert(1)")',
    ]);
    expect(messages({ url: 'ftp://example.org/file' })[0]).toMatch(/^url: must be an absolute http\(s\) URL/);
    expect(messages({ title: '  ' })).toEqual(['title: must be non-empty text (got ""); put it in quotes']);
    expect(messages({ tags: ' , ' })).toEqual(['tags: must list at least one tag']);
    expect(messages({ date: '2025-02-30' })).toEqual(['date: is not a real calendar date (got "2025-02-30")']);
    expect(messages({ date: '' })).toEqual(['date: must be a date as YYYY-MM-DD (got "")']);
  });

  it('finds a URL the site already notes, spelt another way', () => {
    expect(messages({ url: 'https://EXAMPLE.org/noted/?utm_source=feed#top' })).toEqual([
      'url: already noted in content/noted-page.md; add to that note instead',
    ]);
  });

  it('quotes the selected text as the summary’s first bullet, on one line', () => {
    expect(summaryWithQuote('  A line\nand more ', SUMMARY_SKELETON)).toBe(`- A line and more\n${SUMMARY_SKELETON}`);
    expect(summaryWithQuote('', SUMMARY_SKELETON)).toBe(SUMMARY_SKELETON);
  });
});

describe('/add/: the link to GitHub', () => {
  it('opens the new-file page of the branch with the file name and the exact text', () => {
    const href = newFileUrl('owner/notes', 'main', 'content/a.md', '---\ntitle: "a & b"\n---\n');
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/owner/notes/new/main');
    expect(url.searchParams.get('filename')).toBe('content/a.md');
    expect(url.searchParams.get('value')).toBe('---\ntitle: "a & b"\n---\n');
  });

  it('keeps a note that fits whole', () => {
    const { markdown, file } = draftFromForm(form, site);
    const { href, cut } = fittedNewFileUrl('owner/notes', 'main', file, markdown, form.summary);
    expect(cut).toBe(0);
    expect(new URL(href ?? '').searchParams.get('value')).toBe(markdown);
  });

  it('cuts a long summary to the most that fits GitHub’s address limit, and marks the cut', () => {
    const summary = `- ${'Zeppelin «ünïcode» 日本語 & more. '.repeat(600)}end.`;
    const { markdown, file } = draftFromForm({ ...form, summary }, site);
    const { href, cut } = fittedNewFileUrl('owner/notes', 'main', file, markdown, summary);
    expect(href?.length).toBeLessThanOrEqual(MAX_GITHUB_URL_LENGTH);
    expect(cut).toBeGreaterThan(0);
    const value = new URL(href ?? '').searchParams.get('value') ?? '';
    const kept = Array.from(summary)
      .slice(0, Array.from(summary).length - cut)
      .join('')
      .trimEnd();
    // Compared as a boolean: a failure would print two 8 KB strings.
    expect(value === `${markdown.slice(0, markdown.indexOf(summary))}${kept}${CUT_MARK}\n`).toBe(true);
    // One more character would not fit.
    const longer = Array.from(summary)
      .slice(0, Array.from(summary).length - cut + 1)
      .join('')
      .trimEnd();
    const head = markdown.slice(0, markdown.indexOf(summary));
    expect(newFileUrl('owner/notes', 'main', file, `${head}${longer}${CUT_MARK}\n`).length).toBeGreaterThan(
      MAX_GITHUB_URL_LENGTH,
    );
  });
});

describe('/add/: the bookmarklet', () => {
  it('opens the add page in a new tab with the page’s address, title and selection', () => {
    const href = bookmarklet('https://owner.github.io/notes/add/');
    expect(href.startsWith('javascript:')).toBe(true);
    // What the browser runs: the URL's body, percent-decoded.
    const code = decodeURIComponent(href.slice('javascript:'.length));
    const opened: string[] = [];
    new Function('location', 'document', 'getSelection', 'window', code)(
      { href: 'https://example.org/a?b=1&c=100%' },
      { title: 'A page & “more”' },
      () => `chosen words ${'x'.repeat(600)}`,
      { open: (url: string) => opened.push(url) },
    );
    const url = new URL(opened[0] ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://owner.github.io/notes/add/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      url: 'https://example.org/a?b=1&c=100%',
      title: 'A page & “more”',
      text: `chosen words ${'x'.repeat(487)}`,
    });
  });
});

describe('/add/: the browser’s share of the rules', () => {
  it('slugs a long tag with the SHA-256 that node:crypto computes, so its URL never changes', () => {
    for (const tag of ['!!!', '＃', 'a'.repeat(120), 'ö'.repeat(120), '日本語のタグ'.repeat(20)]) {
      const hash = createHash('sha256').update(normalizeTag(tag)).digest('hex').slice(0, 8);
      expect(tagSlug(tag)).toMatch(new RegExp(`-${hash}$`));
    }
  });

  it('embeds the site’s data as JSON that no `</script>` in a tag can end early', () => {
    const json = addPageDataJson({
      notesPath: '/add/notes.json',
      tags: [['x', '</script><b>']],
      repository: null,
      branch: 'main',
    });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).tags[0][1]).toBe('</script><b>');
  });

  it('takes the fetched notes’ list only as the [[url, slug], …] the build writes', () => {
    expect(parseNotedUrls([['https://example.org/noted', 'noted-page']])).toEqual([
      ['https://example.org/noted', 'noted-page'],
    ]);
    expect(parseNotedUrls([])).toEqual([]);
    for (const wrong of [null, {}, 'x', [['only-url']], [['a', 'b', 'c']], [[1, 'slug']], [{ url: 'a', slug: 'b' }]]) {
      expect(parseNotedUrls(wrong)).toBeNull();
    }
  });
});

describe('docs/adding-from-the-browser.md', () => {
  it('shows the bookmarklet the page offers, for a site at OWNER.github.io/links', () => {
    const page = readFileSync('docs/adding-from-the-browser.md', 'utf8');
    expect(page).toContain('## The bookmarklet');
    expect(page).toContain(bookmarklet('https://OWNER.github.io/links/add/'));
  });
});
