// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ListContents } from '@/components/ListContents';
import { Pagination } from '@/components/Pagination';
import { pagesByMonth } from '@/lib/lists/contents';
import { PAGE_SIZE, pageJumps } from '@/lib/lists/pagination';
import { basePath } from '@/lib/site';

afterEach(cleanup);

const nav = () => screen.getByRole('navigation', { name: 'Pages' });
const numbers = () =>
  within(nav())
    .getAllByRole('listitem')
    .map((item) => item.textContent);

/** Renders page `page` of `pageCount` of the tag `llm` and returns the page numbers it links to. */
function linkedPages(page: number, pageCount: number): number[] {
  const { unmount } = render(<Pagination page={{ items: [], page, pageCount }} base="/tag/llm/" />);
  const links = within(nav()).getAllByRole('link');
  const pages = links.flatMap((link) => {
    const href = link.getAttribute('href') ?? '';
    if (href === `${basePath}/tag/llm/`) return [1];
    const number = /\/page\/(\d+)\/$/.exec(href)?.[1];
    return number ? [Number(number)] : [];
  });
  unmount();
  return pages;
}

/** The clicks from page 1 to the page farthest from it, following the navigation's links only. */
function worstClicks(pageCount: number, links: (page: number) => number[]): number {
  const clicks = new Map([[1, 0]]);
  const queue = [1];
  for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
    for (const next of links(page)) {
      if (!clicks.has(next)) {
        clicks.set(next, (clicks.get(page) ?? 0) + 1);
        queue.push(next);
      }
    }
  }
  expect(clicks.size).toBe(pageCount);
  return Math.max(...clicks.values());
}

describe('Pagination', () => {
  it('is not there for a list of one page', () => {
    render(<Pagination page={{ items: [], page: 1, pageCount: 1 }} base="/" />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('links every page of a short list, the current one marked and not a link', () => {
    render(<Pagination page={{ items: [], page: 2, pageCount: 3 }} base="/" />);
    expect(numbers()).toEqual(['1', '2', '3']);
    const current = within(nav()).getByText('2');
    expect([current.tagName, current.getAttribute('aria-current')]).toEqual(['SPAN', 'page']);
    expect(within(nav()).getByRole('link', { name: '1' }).getAttribute('href')).toBe(`${basePath}/`);
    expect(within(nav()).getByRole('link', { name: '3' }).getAttribute('href')).toBe(`${basePath}/page/3/`);
    expect(within(nav()).getByRole('link', { name: '← Newer' }).getAttribute('rel')).toBe('prev');
    expect(within(nav()).getByRole('link', { name: 'Older →' }).getAttribute('rel')).toBe('next');
    expect(within(nav()).queryByRole('link', { name: /by month/ })).toBeNull();
  });

  it('on a long list, shows neighbours, round jumps and the ends', () => {
    render(<Pagination page={{ items: [], page: 347, pageCount: 2500 }} base="/tag/llm/" />);
    expect(numbers()).toEqual('1 200 300 330 340 345 346 347 348 349 350 360 400 500 1,000 2,000 2,500'.split(' '));
    expect(nav().textContent).toContain('Page 347 of 2,500');
    expect(within(nav()).getByRole('link', { name: '1,000' }).getAttribute('href')).toBe(
      `${basePath}/tag/llm/page/1000/`,
    );
    expect(within(nav()).getByRole('link', { name: 'All 2,500 pages by month' }).getAttribute('href')).toBe(
      `${basePath}/tag/llm/pages/`,
    );
  });

  it('links the pages of pageJumps, newer and older', () => {
    for (const [page, pageCount] of [
      [1, 500],
      [347, 2500],
      [2500, 2500],
    ]) {
      const jumps = pageJumps(page, pageCount).filter((jump) => jump !== page);
      const steps = [page - 1, page + 1].filter((step) => step >= 1 && step <= pageCount);
      expect(new Set(linkedPages(page, pageCount))).toEqual(new Set([...jumps, ...steps]));
    }
  });

  it('reaches the farthest page of 500 in 7 clicks and of 2,500 in 9 by its numbers', () => {
    // Rendering thousands of navigations is slow in jsdom; the component links pageJumps' pages (above).
    expect(worstClicks(500, (page) => pageJumps(page, 500))).toBe(7);
    expect(worstClicks(2500, (page) => pageJumps(page, 2500))).toBe(9);
  });
});

describe('ListContents', () => {
  // 45 notes: 25 of March 2025, then 15 of February, then 5 of December 2024; pages of 20.
  const dates = [
    ...Array.from({ length: 25 }, () => '2025-03-10'),
    ...Array.from({ length: 15 }, () => '2025-02-01'),
    ...Array.from({ length: 5 }, () => '2024-12-24'),
  ];

  it('groups the pages by the months whose notes they show, a page under each of its months', () => {
    expect(PAGE_SIZE).toBe(20);
    expect(pagesByMonth(dates)).toEqual([
      {
        year: '2025',
        months: [
          { month: '2025-03', pages: [1, 2] },
          { month: '2025-02', pages: [2] },
        ],
      },
      { year: '2024', months: [{ month: '2024-12', pages: [3] }] },
    ]);
  });

  it('shows each year as a heading and each month’s pages as links', () => {
    render(<ListContents dates={dates} base="/tag/llm/" />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      '2025',
      '2024',
    ]);
    const march = screen.getByRole('list', { name: 'Pages of Mar 2025' });
    expect(
      within(march)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([`${basePath}/tag/llm/`, `${basePath}/tag/llm/page/2/`]);
    expect(screen.getByText('3 pages, newest first: each month lists the pages that show its notes.')).toBeTruthy();
  });
});
