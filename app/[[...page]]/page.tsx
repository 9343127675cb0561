import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FirstNote } from '@/components/FirstNote';
import { ListContents } from '@/components/ListContents';
import { NoteList } from '@/components/NoteList';
import { SiteHeader } from '@/components/SiteHeader';
import { isContents, listParams, pageNumber, paginate } from '@/lib/lists/pagination';
import { getAllNotes, getAllTags } from '@/lib/notes';
import { listContentsPath, listPagePath } from '@/lib/paths';
import { site } from '@/lib/site';
import { pageMetadata } from '@/lib/site/metadata';
import { quantity } from '@/lib/text';

// `/` and `/page/2/`, `/page/3/`, … are one route, so that a site of one page still exports; a long
// list's contents page, `/pages/`, too.
type Params = { page?: string[] };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listParams(getAllNotes().length).map((page) => ({ page }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const segments = (await params).page;
  const listFeeds = { path: '/', name: site.name };
  if (isContents(segments)) {
    return pageMetadata({
      title: 'All notes by month',
      description: 'Every page of the notes, newest first, under the months whose notes it shows.',
      path: listContentsPath('/'),
      listFeeds,
    });
  }
  const page = pageNumber(segments);
  if (page === 1) return pageMetadata({ description: site.description, path: '/', listFeeds });
  return pageMetadata({
    title: `All notes, page ${page}`,
    description: `Notes on web links, newest first: page ${page}.`,
    path: listPagePath('/', page),
    listFeeds,
  });
}

export default async function HomePage({ params }: Props) {
  const notes = getAllNotes();
  const segments = (await params).page;
  if (isContents(segments)) {
    return (
      <>
        <SiteHeader trail={[{ label: 'pages by month' }]} />
        <main id="main">
          <ListContents dates={notes.map((note) => note.date)} base="/" />
        </main>
      </>
    );
  }
  const page = paginate(notes, pageNumber(segments));
  if (!page) notFound();
  return (
    <>
      <SiteHeader trail={page.page > 1 ? [{ label: `page ${page.page}` }] : []} />
      <main id="main">
        {notes.length === 0 && <FirstNote />}
        {notes.length > 0 && page.page === 1 && (
          <p className="intro">
            {quantity(notes.length, 'note')} on web links, newest first, under {quantity(getAllTags().length, 'tag')}.
          </p>
        )}
        {notes.length > 0 && <NoteList page={page} base="/" layout="index" />}
      </main>
    </>
  );
}
