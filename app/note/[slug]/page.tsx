import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoteArticle } from '@/components/NoteArticle';
import { RelatedNotes } from '@/components/RelatedNotes';
import { SiteHeader } from '@/components/SiteHeader';
import { getAllNotes, getNote, summaryDescription } from '@/lib/notes';
import { notePath } from '@/lib/paths';
import { getRelatedNotes } from '@/lib/queries';
import { pageMetadata } from '@/lib/site/metadata';
import { orPlaceholder, PLACEHOLDER } from '@/lib/static-params';

type Params = { slug: string };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return orPlaceholder(
    getAllNotes().map((note) => ({ slug: note.slug })),
    { slug: PLACEHOLDER },
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const note = getNote((await params).slug);
  if (!note) return {};
  return pageMetadata({
    title: note.title,
    description: summaryDescription(note),
    path: notePath(note.slug),
    type: 'article',
  });
}

export default async function NotePage({ params }: Props) {
  const note = getNote((await params).slug);
  if (!note) notFound();
  return (
    <>
      <SiteHeader trail={[{ label: 'note' }]} isPageHeading={false} />
      <main id="main">
        <NoteArticle note={note} />
        <RelatedNotes notes={getRelatedNotes(note.slug)} />
      </main>
    </>
  );
}
