import type { Metadata } from 'next';
import { SiteHeader } from '@/components/SiteHeader';
import { TagIndex } from '@/components/TagIndex';
import { TagsByLetter } from '@/components/TagsByLetter';
import { getAllTags } from '@/lib/notes';
import { sitePath } from '@/lib/paths';
import { pageMetadata } from '@/lib/site/metadata';

/** How many of the most used tags lead the page; a site with no more tags than this lists them alone. */
const MOST_USED = 20;

export const metadata: Metadata = pageMetadata({
  title: 'All tags',
  description: 'Every tag of the notes, with how many notes carry it: the most used first, then A to Z.',
  path: '/tags/',
});

export default function TagsPage() {
  const tags = getAllTags();
  const count = tags.length.toLocaleString('en');
  return (
    <>
      <SiteHeader trail={[{ label: 'tags' }]} />
      <main id="main">
        {tags.length <= MOST_USED ? (
          <>
            <p className="intro">{count} tags, most used first; each bar is as long as its tag’s count of notes.</p>
            <TagIndex tags={tags} />
          </>
        ) : (
          <>
            <p className="intro">
              {count} tags: the {MOST_USED} most used first, each bar as long as its count of notes; then every tag from
              A to Z, with its count.
            </p>
            <section aria-labelledby="most-used">
              <h2 id="most-used" className="section-title">
                Most used
              </h2>
              <TagIndex tags={tags.slice(0, MOST_USED)} />
            </section>
            <section aria-labelledby="a-to-z">
              <h2 id="a-to-z" className="section-title">
                A to Z
              </h2>
              <TagsByLetter tags={tags} />
            </section>
          </>
        )}
        <p className="intro">
          <a href={sitePath('/add/')}>Add a note</a> from your browser.
        </p>
      </main>
    </>
  );
}
