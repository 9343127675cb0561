// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TagsByLetter } from '@/components/TagsByLetter';
import { groupByInitial } from '@/lib/lists/tag-groups';
import type { Tag } from '@/lib/notes';
import { basePath } from '@/lib/site';
import { tagRef } from '@/lib/tags';

afterEach(cleanup);

const tags = (...names: string[]): Tag[] => names.map((name, index) => ({ ...tagRef(name), count: index + 1 }));

describe('groupByInitial', () => {
  it('groups by the capital of the first letter, without accents, in any script that has capitals', () => {
    const groups = groupByInitial(
      tags('zig', 'ünïcode', 'unicode tables', 'écriture', 'elm', 'кириллица', 'киев', 'ελληνικά', 'straße'),
    );
    expect(groups.map(({ label, tags }) => [label, tags.map((tag) => tag.name)])).toEqual([
      ['E', ['écriture', 'elm']],
      ['S', ['straße']],
      ['U', ['ünïcode', 'unicode tables']],
      ['Z', ['zig']],
      ['Ε', ['ελληνικά']],
      ['К', ['киев', 'кириллица']],
    ]);
  });

  it('puts digits and symbols first and the scripts without capitals last, each tag in exactly one group', () => {
    const names = ['3d printing', '#hashtag', '.net', 'c#', '日本語', 'ひらがな', '한국어', 'عربي', '10x', '2fa'];
    const groups = groupByInitial(tags(...names));
    expect(groups.map(({ label, tags }) => [label, tags.map((tag) => tag.name)])).toEqual([
      // In the order of Unicode's collation, digits by their value.
      ['#', ['.net', '#hashtag', '2fa', '3d printing', '10x']],
      ['C', ['c#']],
      ['Other scripts', ['عربي', '한국어', 'ひらがな', '日本語']],
    ]);
    expect(groups.flatMap((group) => group.tags)).toHaveLength(names.length);
  });
});

describe('TagsByLetter', () => {
  it('links each letter to its group, and each group back to the letters', () => {
    render(<TagsByLetter tags={tags('llm', 'c++', '日本語', 'кириллица', '3d')} />);
    const letters = within(screen.getByRole('navigation', { name: 'Tags by first letter' })).getAllByRole('link');
    expect(letters.map((link) => link.textContent)).toEqual(['#', 'C', 'L', 'К', 'Other scripts']);
    for (const letter of letters) {
      const group = document.getElementById(letter.getAttribute('href')?.slice(1) ?? '');
      expect(group?.tagName).toBe('H3');
      expect(group?.textContent).toBe(letter.textContent);
    }
    const other = within(screen.getByRole('heading', { name: 'Other scripts' }).closest('section') ?? document.body);
    expect(other.getByRole('link', { name: '日本語' }).getAttribute('href')).toBe(`${basePath}/tag/日本語/`);
    expect(other.getByRole('listitem').textContent).toBe('日本語 3');
    expect(other.getByRole('link', { name: 'Back to the letters' }).getAttribute('href')).toBe('#letters');
    expect(document.getElementById('letters')?.getAttribute('aria-label')).toBe('Tags by first letter');
  });
});
