// Each page's metadata: its title, canonical URL, the feeds it announces and its card tags.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateMetadata as tagMetadata } from '@/app/tag/[tag]/[[...page]]/page';

// Pages read the fixture notes through NOTES_DIR, never the starter content.
beforeAll(() => {
  process.env.NOTES_DIR = 'tests/fixtures/site';
});

const params = <T,>(value: T) => ({ params: Promise.resolve(value) });

describe('metadata', () => {
  it('the home page keeps the layout’s title and sets its canonical URL', async () => {
    const { generateMetadata } = await import('@/app/[[...page]]/page');
    const home = await generateMetadata(params({}));
    expect(home.title).toBeUndefined();
    expect(home.alternates?.canonical).toBe('/');
    const second = await generateMetadata(params({ page: ['page', '2'] }));
    expect(second.title).toBe('All notes, page 2');
    expect(second.alternates?.canonical).toBe('/page/2/');
  });

  it('a tag page announces the tag’s feeds and the site’s RSS feed', async () => {
    const meta = await tagMetadata(params({ tag: 'c-plus-plus' }));
    expect(meta.alternates?.types).toEqual({
      'application/rss+xml': [
        { url: '/feed.xml', title: 'Fixture Notes' },
        { url: '/tag/c-plus-plus/feed.xml', title: 'Fixture Notes | tag | c++' },
      ],
      'application/feed+json': [{ url: '/tag/c-plus-plus/feed.json', title: 'Fixture Notes | tag | c++' }],
    });
    expect(meta.openGraph).toMatchObject({ url: '/tag/c-plus-plus/', title: 'Tag: c++ · Fixture Notes' });
    expect(meta.twitter).toEqual({ card: 'summary_large_image' });
  });

  it('the home page announces the site’s three feeds, a note page its RSS feed alone', async () => {
    const { generateMetadata } = await import('@/app/[[...page]]/page');
    expect((await generateMetadata(params({}))).alternates?.types).toEqual({
      'application/rss+xml': [{ url: '/feed.xml', title: 'Fixture Notes' }],
      'application/atom+xml': [{ url: '/atom.xml', title: 'Fixture Notes' }],
      'application/feed+json': [{ url: '/feed.json', title: 'Fixture Notes' }],
    });
    const { generateMetadata: noteMetadata } = await import('@/app/note/[slug]/page');
    expect((await noteMetadata(params({ slug: 'zeppelin-archive' }))).alternates?.types).toEqual({
      'application/rss+xml': [{ url: '/feed.xml', title: 'Fixture Notes' }],
    });
  });
});
