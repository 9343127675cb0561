import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoteList } from '@/components/NoteList';
import { SiteHeader } from '@/components/SiteHeader';
import { pageMetadata } from '@/lib/metadata';
import { getAllNotes, getAllTags } from '@/lib/notes';
import { pageNumber, pageParams, paginate } from '@/lib/pagination';
import { listPagePath } from '@/lib/paths';
import { SITE_DESCRIPTION } from '@/lib/site';

// `/` and `/page/2/`, `/page/3/`, … are one route, so that a site of one page still exports.
type Params = { page?: string[] };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return pageParams(getAllNotes().length).map((page) => ({ page }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumber((await params).page);
  if (page === 1) return pageMetadata({ description: SITE_DESCRIPTION, path: '/' });
  return pageMetadata({
    title: `All notes, page ${page}`,
    description: `Notes on web links, newest first: page ${page}.`,
    path: listPagePath('/', page),
  });
}

export default async function HomePage({ params }: Props) {
  const notes = getAllNotes();
  const page = paginate(notes, pageNumber((await params).page));
  if (!page) notFound();
  return (
    <>
      <SiteHeader trail={page.page > 1 ? [{ label: `page ${page.page}` }] : []} />
      <main id="main">
        {page.page === 1 && (
          <p className="intro">
            {notes.length} notes on web links, newest first, under {getAllTags().length} tags.
          </p>
        )}
        <NoteList page={page} base="/" layout="index" />
      </main>
    </>
  );
}
