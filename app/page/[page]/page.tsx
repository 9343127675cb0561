import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoteList } from '../../../components/NoteList';
import { SiteHeader } from '../../../components/SiteHeader';
import { getAllNotes } from '../../../lib/notes';
import { laterPageParams, pageNumber, paginate } from '../../../lib/pagination';

type Params = { page: string };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return laterPageParams(getAllNotes().length);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumber((await params).page);
  return { title: `All notes, page ${page}`, description: `Notes on web links, newest first: page ${page}.` };
}

export default async function HomeListPage({ params }: Props) {
  const page = paginate(getAllNotes(), pageNumber((await params).page));
  if (!page) notFound();
  return (
    <>
      <SiteHeader trail={[{ label: `page ${page.page}` }]} />
      <main id="main">
        <NoteList page={page} base="/" />
      </main>
    </>
  );
}
