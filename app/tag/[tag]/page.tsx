import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoteList } from '../../../components/NoteList';
import { SiteHeader } from '../../../components/SiteHeader';
import { getAllTags, getNotesByTag, getTag } from '../../../lib/notes';
import { paginate } from '../../../lib/pagination';
import { slugFromParam } from '../../../lib/tags';

type Params = { tag: string };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getAllTags().map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag(slugFromParam((await params).tag));
  if (!tag) return {};
  return {
    title: `Tag: ${tag.name}`,
    description: `${tag.count} notes on web links tagged “${tag.name}”, newest first.`,
  };
}

export default async function TagPage({ params }: Props) {
  const tag = getTag(slugFromParam((await params).tag));
  const page = tag && paginate(getNotesByTag(tag.slug), 1);
  if (!tag || !page) notFound();
  return (
    <>
      <SiteHeader trail={[{ label: 'tag', href: '/tags/' }, { label: tag.name }]} />
      <main id="main">
        <NoteList page={page} base={`/tag/${tag.slug}/`} />
      </main>
    </>
  );
}
