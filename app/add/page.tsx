import type { Metadata } from 'next';
import { AddNoteForm } from '@/components/AddNoteForm';
import { ScriptPage } from '@/components/ScriptPage';
import { addPageData } from '@/lib/add/page-data';
import { pageMetadata } from '@/lib/site/metadata';

// A tool for the site's author, not a page to find: kept out of search engines and the sitemap.
export const metadata: Metadata = {
  ...pageMetadata({
    title: 'Add a note',
    description: 'Write a note for a web page and create its file on GitHub.',
    path: '/add/',
  }),
  robots: { index: false },
};

export default function AddPage() {
  const withoutScript = (
    <>
      This form checks the note and opens GitHub with it in your browser, which needs JavaScript. Without it, copy the
      template below into a new file under <code>content/</code>.
    </>
  );
  return (
    <ScriptPage label="add" withoutScript={withoutScript}>
      <p className="intro">
        Note a web page: the form checks the note as <code>npm run check</code> would and opens GitHub with its file
        filled in, ready to commit.
      </p>
      <AddNoteForm data={addPageData()} />
    </ScriptPage>
  );
}
