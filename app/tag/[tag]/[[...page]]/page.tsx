import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListContents } from '@/components/ListContents';
import { NoteList } from '@/components/NoteList';
import { type Crumb, SiteHeader } from '@/components/SiteHeader';
import { TagSummary } from '@/components/TagSummary';
import { isContents, listParams, pageNumber, paginate } from '@/lib/lists/pagination';
import { getAllTags, getNotesByTag, getTag } from '@/lib/notes';
import { listContentsPath, listPagePath, tagPath } from '@/lib/paths';
import { getCooccurringTags } from '@/lib/queries';
import { pageMetadata } from '@/lib/site/metadata';
import { orPlaceholder, PLACEHOLDER } from '@/lib/static-params';
import { slugFromParam } from '@/lib/tags';
import { quantity } from '@/lib/text';

// `/tag/<slug>/`, its later pages `/tag/<slug>/page/2/`, … and a long tag's contents page
// `/tag/<slug>/pages/` are one route.
type Params = { tag: string; page?: string[] };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const params = getAllTags().flatMap((tag) => listParams(tag.count).map((page) => ({ tag: tag.slug, page })));
  return orPlaceholder(params, { tag: PLACEHOLDER, page: [] });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: param, page: segments } = await params;
  const tag = getTag(slugFromParam(param));
  if (!tag) return {};
  const path = tagPath(tag.slug);
  const notes = `${quantity(tag.count, 'note')} on web links tagged “${tag.name}”`;
  if (isContents(segments)) {
    return pageMetadata({
      title: `Tag: ${tag.name}, by month`,
      description: `Every page of the ${notes}, under the months whose notes it shows.`,
      path: listContentsPath(path),
      listFeeds: { path, name: tag.name },
    });
  }
  const page = pageNumber(segments);
  const suffix = page > 1 ? `, page ${page}` : '';
  return pageMetadata({
    title: `Tag: ${tag.name}${suffix}`,
    description: `${notes}, newest first${suffix}.`,
    path: listPagePath(path, page),
    listFeeds: { path, name: tag.name },
  });
}

export default async function TagPage({ params }: Props) {
  const { tag: param, page: segments } = await params;
  const tag = getTag(slugFromParam(param));
  if (!tag) notFound();
  const base = tagPath(tag.slug);
  const crumbs: Crumb[] = [{ label: 'tag', href: '/tags/' }];
  if (isContents(segments)) {
    return (
      <>
        <SiteHeader trail={[...crumbs, { label: tag.name, href: base }, { label: 'pages by month' }]} />
        <main id="main">
          <ListContents dates={getNotesByTag(tag.slug).map((note) => note.date)} base={base} />
        </main>
      </>
    );
  }
  const page = paginate(getNotesByTag(tag.slug), pageNumber(segments));
  if (!page) notFound();
  const trail: Crumb[] =
    page.page === 1
      ? [...crumbs, { label: tag.name }]
      : [...crumbs, { label: tag.name, href: base }, { label: `page ${page.page}` }];
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
