import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoteList } from '@/components/NoteList';
import { type Crumb, SiteHeader } from '@/components/SiteHeader';
import { TagSummary } from '@/components/TagSummary';
import { getAllTags, getNotesByTag, getTag } from '@/lib/notes';
import { pageNumber, pageParams, paginate } from '@/lib/pagination';
import { listPagePath, tagPath } from '@/lib/paths';
import { getCooccurringTags } from '@/lib/queries';
import { pageMetadata } from '@/lib/site/metadata';
import { orPlaceholder, PLACEHOLDER } from '@/lib/static-params';
import { slugFromParam } from '@/lib/tags';

// `/tag/<slug>/` and its later pages `/tag/<slug>/page/2/`, … are one route.
type Params = { tag: string; page?: string[] };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const params = getAllTags().flatMap((tag) => pageParams(tag.count).map((page) => ({ tag: tag.slug, page })));
  return orPlaceholder(params, { tag: PLACEHOLDER, page: [] });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: param, page: segments } = await params;
  const tag = getTag(slugFromParam(param));
  const page = pageNumber(segments);
  if (!tag) return {};
  const suffix = page > 1 ? `, page ${page}` : '';
  const path = tagPath(tag.slug);
  return pageMetadata({
    title: `Tag: ${tag.name}${suffix}`,
    description: `${tag.count} ${tag.count === 1 ? 'note' : 'notes'} on web links tagged “${tag.name}”, newest first${suffix}.`,
    path: listPagePath(path, page),
    listFeeds: { path, name: tag.name },
  });
}

export default async function TagPage({ params }: Props) {
  const { tag: param, page: segments } = await params;
  const tag = getTag(slugFromParam(param));
  const page = tag && paginate(getNotesByTag(tag.slug), pageNumber(segments));
  if (!tag || !page) notFound();
  const base = tagPath(tag.slug);
  const trail: Crumb[] =
    page.page === 1
      ? [{ label: 'tag', href: '/tags/' }, { label: tag.name }]
      : [{ label: 'tag', href: '/tags/' }, { label: tag.name, href: base }, { label: `page ${page.page}` }];
  return (
    <>
      <SiteHeader trail={trail} />
      <main id="main">
        <TagSummary tag={tag} related={page.page === 1 ? getCooccurringTags(tag.slug) : []} />
        <NoteList page={page} base={base} layout="previews" />
      </main>
    </>
  );
}
