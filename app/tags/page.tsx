import type { Metadata } from 'next';
import { SiteHeader } from '../../components/SiteHeader';
import { TagIndex } from '../../components/TagIndex';
import { getAllTags } from '../../lib/notes';

export const metadata: Metadata = {
  title: 'All tags',
  description: 'Every tag of the notes, with how many notes carry it, most used first.',
};

export default function TagsPage() {
  const tags = getAllTags();
  return (
    <>
      <SiteHeader trail={[{ label: 'tags' }]} />
      <main id="main">
        <p className="intro">{tags.length} tags, most used first.</p>
        <TagIndex tags={tags} />
      </main>
    </>
  );
}
