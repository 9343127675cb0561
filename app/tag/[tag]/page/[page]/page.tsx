import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoteList } from '../../../../../components/NoteList';
import { SiteHeader } from '../../../../../components/SiteHeader';
import { getAllTags, getNotesByTag, getTag } from '../../../../../lib/notes';
import { laterPageParams, pageNumber, paginate } from '../../../../../lib/pagination';
import { slugFromParam } from '../../../../../lib/tags';

type Params = { tag: string; page: string };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getAllTags().flatMap((tag) => laterPageParams(tag.count).map(({ page }) => ({ tag: tag.slug, page })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: param, page } = await params;
  const tag = getTag(slugFromParam(param));
  if (!tag) return {};
  return {
    title: `Tag: ${tag.name}, page ${pageNumber(page)}`,
    description: `Notes on web links tagged “${tag.name}”, newest first: page ${pageNumber(page)}.`,
  };
}

export default async function TagListPage({ params }: Props) {
  const { tag: param, page: pageParam } = await params;
  const tag = getTag(slugFromParam(param));
  const page = tag && paginate(getNotesByTag(tag.slug), pageNumber(pageParam));
  if (!tag || !page) notFound();
  return (
    <>
      <SiteHeader
        trail={[
          { label: 'tag', href: '/tags/' },
          { label: tag.name, href: `/tag/${tag.slug}/` },
          { label: `page ${page.page}` },
        ]}
      />
      <main id="main">
        <NoteList page={page} base={`/tag/${tag.slug}/`} />
      </main>
    </>
  );
}
