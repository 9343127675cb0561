import type { Metadata } from 'next';
import { SiteHeader } from '@/components/SiteHeader';
import { TagIndex } from '@/components/TagIndex';
import { getAllTags } from '@/lib/notes';
import { sitePath } from '@/lib/paths';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'All tags',
  description: 'Every tag of the notes, with how many notes carry it, most used first.',
  path: '/tags/',
});

export default function TagsPage() {
  const tags = getAllTags();
  return (
    <>
      <SiteHeader trail={[{ label: 'tags' }]} />
      <main id="main">
        <p className="intro">{tags.length} tags, most used first; each bar is as long as its tag’s count of notes.</p>
        <TagIndex tags={tags} />
        <p className="intro">
          <a href={sitePath('/add/')}>Add a note</a> from your browser.
        </p>
      </main>
    </>
  );
}
