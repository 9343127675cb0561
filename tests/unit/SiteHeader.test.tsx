// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteHeader } from '@/components/SiteHeader';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SiteHeader', () => {
  it('shows a tag named "tag" after the "tag" crumb, with no duplicate React keys', () => {
    // React reports two children with one key through console.error and may drop one of them.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Without the search box, which another test covers: only the crumbs are under test.
    render(<SiteHeader trail={[{ label: 'tag', href: '/tags/' }, { label: 'tag' }]} showSearch={false} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fixture Notes | tag | tag');
    expect(errors).not.toHaveBeenCalled();
  });
});
