import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FirstNote } from '@/components/FirstNote';
import { NoteList } from '@/components/NoteList';
import { SiteHeader } from '@/components/SiteHeader';
import { getAllNotes, getAllTags } from '@/lib/notes';
import { pageNumber, pageParams, paginate } from '@/lib/pagination';
import { listPagePath } from '@/lib/paths';
import { site } from '@/lib/site';
import { pageMetadata } from '@/lib/site/metadata';

// `/` and `/page/2/`, `/page/3/`, … are one route, so that a site of one page still exports.
type Params = { page?: string[] };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return pageParams(getAllNotes().length).map((page) => ({ page }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumber((await params).page);
  const listFeeds = { path: '/', name: site.name };
  if (page === 1) return pageMetadata({ description: site.description, path: '/', listFeeds });
  return pageMetadata({
    title: `All notes, page ${page}`,
    description: `Notes on web links, newest first: page ${page}.`,
    path: listPagePath('/', page),
    listFeeds,
  });
}

/** `1 note`, `9,192 notes`. */
function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

export default async function HomePage({ params }: Props) {
  const notes = getAllNotes();
  const page = paginate(notes, pageNumber((await params).page));
  if (!page) notFound();
  return (
    <>
      <SiteHeader trail={page.page > 1 ? [{ label: `page ${page.page}` }] : []} />
      <main id="main">
        {notes.length === 0 && <FirstNote />}
        {notes.length > 0 && page.page === 1 && (
          <p className="intro">
            {count(notes.length, 'note')} on web links, newest first, under {count(getAllTags().length, 'tag')}.
          </p>
        )}
        {notes.length > 0 && <NoteList page={page} base="/" layout="index" />}
      </main>
    </>
  );
}
