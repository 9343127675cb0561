import type { Metadata } from 'next';
import { SiteHeader } from '@/components/SiteHeader';
import { TagIndex } from '@/components/TagIndex';
import { pageMetadata } from '@/lib/metadata';
import { getAllTags } from '@/lib/notes';

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
      </main>
    </>
  );
}
