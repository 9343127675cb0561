// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import HomePage, { generateStaticParams as homeParams } from '@/app/[[...page]]/page';
import NotFound from '@/app/not-found';
import NotePage, { generateStaticParams as noteParams } from '@/app/note/[slug]/page';
import TagPage, {
  generateMetadata as tagMetadata,
  generateStaticParams as tagParams,
} from '@/app/tag/[tag]/[[...page]]/page';
import TagsPage from '@/app/tags/page';
import { basePath } from '@/lib/site';

// Pages link with plain `<a href>` under the base path. Pages read the fixture notes through NOTES_DIR, never the starter content.
beforeAll(() => {
  process.env.NOTES_DIR = 'tests/fixtures/site';
});
afterEach(cleanup);

const params = <T,>(value: T) => ({ params: Promise.resolve(value) });

/** Next.js signals a 404 by throwing an error whose digest names the status. */
async function expectNotFound(page: Promise<unknown>) {
  await expect(page).rejects.toMatchObject({ digest: expect.stringMatching(/404/) });
}

const previews = () => screen.getAllByRole('article');
const previewTitles = () => previews().map((article) => within(article).getByRole('heading', { level: 2 }).textContent);

describe('home', () => {
  it('shows the header, the first 20 notes newest first, and the way to older pages', async () => {
    render(await HomePage(params({})));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fixture Notes');
    expect(previews()).toHaveLength(20);
    expect(previewTitles()[0]).toBe('The airship archive');
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(pages.textContent).toContain('Page 1 of 3');
    expect(within(pages).getByRole('link', { name: 'Older →' }).getAttribute('href')).toBe(`${basePath}/page/2/`);
    expect(
      within(screen.getByRole('navigation', { name: 'Site' }))
        .getByRole('link')
        .getAttribute('href'),
    ).toBe(`${basePath}/tags/`);
  });

  it('is an index: each note with one line of its summary, not the whole', async () => {
    render(await HomePage(params({})));
    const airship = previews()[0];
    if (!airship) throw new Error('no notes on the home page');
    expect(within(airship).queryByRole('list', { name: /^Tags of/ })).toBeTruthy();
    expect(within(airship).queryByText('Unique:')).toBeNull();
    expect(within(airship).getByText(/^Point 1: request bandwidth matters here\./).tagName).toBe('P');
  });

  it('pages 2 and 3 hold the rest, and nothing else exists', async () => {
    expect(homeParams()).toEqual([{ page: [] }, { page: ['page', '2'] }, { page: ['page', '3'] }]);
    render(await HomePage(params({ page: ['page', '3'] })));
    expect(previews()).toHaveLength(7);
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(pages.textContent).toContain('Page 3 of 3');
    expect(within(pages).getByRole('link', { name: '← Newer' }).getAttribute('href')).toBe(`${basePath}/page/2/`);
    expect(within(pages).queryByRole('link', { name: 'Older →' })).toBeNull();
    for (const page of [['page', '4'], ['page', '02'], ['page', '1'], ['page'], ['other', '2'], ['page', '2', 'x']]) {
      await expectNotFound(HomePage(params({ page })));
    }
  });
});

describe('tag pages', () => {
  it('have one static page per tag, by slug', () => {
    const firstPages = tagParams().filter((p) => p.page?.length === 0);
    const slugs = firstPages.map((p) => p.tag);
    expect(slugs).toEqual(expect.arrayContaining(['c-plus-plus', 'c-sharp', 'node-js', 'ai-ml', 'unicode', '日本語']));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(tagParams().filter((p) => p.page?.length)).toEqual([
      { tag: 'llm', page: ['page', '2'] },
      { tag: 'web-performance', page: ['page', '2'] },
    ]);
  });

  it('show the header line "Fixture Notes | tag | <tag>" and the notes with that tag', async () => {
    render(await TagPage(params({ tag: 'c-plus-plus' })));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fixture Notes | tag | c++');
    expect(previewTitles()).toEqual(['Templates in C++ & the "rule of zero"']);
  });

  it('say how many notes carry the tag and link its RSS and JSON feeds, and show each summary whole', async () => {
    render(await TagPage(params({ tag: 'llm' })));
    expect(screen.getByText('39 notes tagged “llm”')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'RSS' }).getAttribute('href')).toBe(`${basePath}/tag/llm/feed.xml`);
    expect(screen.getByRole('link', { name: 'JSON Feed' }).getAttribute('href')).toBe(`${basePath}/tag/llm/feed.json`);
    expect(within(previews()[0] ?? document.body).getByText('Point 2:').tagName).toBe('STRONG');
  });

  it('accept the percent-encoded params of non-ASCII slugs', async () => {
    render(await TagPage(params({ tag: encodeURIComponent('日本語') })));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fixture Notes | tag | 日本語');
    expect((await tagMetadata(params({ tag: encodeURIComponent('日本語') }))).title).toBe('Tag: 日本語');
  });

  it('paginate: page 2 of a large tag', async () => {
    render(await TagPage(params({ tag: 'web-performance', page: ['page', '2'] })));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Fixture Notes | tag | web performance | page 2',
    );
    expect(previews()).toHaveLength(5);
    const newer = within(screen.getByRole('navigation', { name: 'Pages' })).getByRole('link', { name: '← Newer' });
    expect(newer.getAttribute('href')).toBe(`${basePath}/tag/web-performance/`);
  });

  it('404 for unknown tags and pages', async () => {
    await expectNotFound(TagPage(params({ tag: 'no-such-tag' })));
    await expectNotFound(TagPage(params({ tag: 'c-plus-plus', page: ['page', '2'] })));
  });
});

describe('note pages', () => {
  it('exist for every published note, no draft and no unwritten note', () => {
    const slugs = noteParams().map((p) => p.slug);
    expect(slugs).toHaveLength(47);
    expect(slugs).not.toContain('secret-draft');
    expect(slugs).not.toContain('unwritten-note');
  });

  it('show the title linking out, host, date, tags and the summary', async () => {
    render(await NotePage(params({ slug: 'node-event-loop' })));
    const title = screen.getByRole('heading', { level: 1 });
    const link = within(title).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://nodejs.example.org/event-loop?ref=a&b=c');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText('nodejs.example.org')).toBeTruthy();
    expect(screen.getByText('22 Jul 2024').getAttribute('datetime')).toBe('2024-07-22');
    const tags = within(screen.getByRole('list', { name: 'Tags' })).getAllByRole('link');
    expect(tags.map((tag) => [tag.textContent, tag.getAttribute('href')])).toEqual([
      ['node.js', `${basePath}/tag/node-js/`],
      ['javascript', `${basePath}/tag/javascript/`],
      ['web performance', `${basePath}/tag/web-performance/`],
    ]);
    expect(screen.getByText('Point 1:').tagName).toBe('STRONG');
  });

  it('404 for drafts, unwritten notes and unknown slugs', async () => {
    await expectNotFound(NotePage(params({ slug: 'secret-draft' })));
    await expectNotFound(NotePage(params({ slug: 'unwritten-note' })));
    await expectNotFound(NotePage(params({ slug: 'nope' })));
  });
});

describe('tags index and 404', () => {
  it('lists the 20 most used tags with their counts, most used first, then by name', async () => {
    render(await TagsPage());
    const mostUsed = within(screen.getByRole('region', { name: 'Most used' }));
    const items = mostUsed.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toHaveLength(20);
    expect(items[0]).toBe('llm 39 notes');
    expect(items).toContain('c++ 1 note');
    const counts = items.map((text) => Number(/ (\d+) notes?$/.exec(text ?? '')?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('then every tag from A to Z under its first letter, with a row of letters to jump to each', async () => {
    render(await TagsPage());
    const letters = within(screen.getByRole('navigation', { name: 'Tags by first letter' })).getAllByRole('link');
    expect(letters.map((link) => link.textContent)).toEqual([
      'A',
      'C',
      'D',
      'H',
      'I',
      'J',
      'L',
      'N',
      'P',
      'R',
      'T',
      'U',
      'W',
      'К',
      'Other scripts',
    ]);
    const aToZ = within(screen.getByRole('region', { name: 'A to Z' }));
    const group = (label: string) =>
      within(aToZ.getByRole('heading', { level: 3, name: label }).closest('section') ?? document.body)
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(group('C')).toEqual(['c# 1', 'c++ 1']);
    expect(group('U')).toEqual(['ünïcode 1']);
    expect(group('Other scripts')).toEqual(['日本語 1']);
    expect(screen.getAllByRole('link', { name: '日本語' }).map((link) => link.getAttribute('href'))).toEqual([
      `${basePath}/tag/日本語/`,
    ]);
    const c = letters.find((link) => link.textContent === 'C');
    expect(document.getElementById(c?.getAttribute('href')?.slice(1) ?? '')?.textContent).toBe('C');
  });

  it('the 404 page links home', () => {
    render(<NotFound />);
    expect(screen.getByRole('link', { name: 'Go to the newest notes' }).getAttribute('href')).toBe(`${basePath}/`);
  });
});
