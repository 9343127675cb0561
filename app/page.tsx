import { NoteList } from '../components/NoteList';
import { SiteHeader } from '../components/SiteHeader';
import { getAllNotes, getAllTags } from '../lib/notes';
import { paginate } from '../lib/pagination';

export default function HomePage() {
  const notes = getAllNotes();
  const page = paginate(notes, 1);
  return (
    <>
      <SiteHeader />
      <main id="main">
        <p className="intro">
          {notes.length} notes on web links, newest first, under {getAllTags().length} tags.
        </p>
        {page && <NoteList page={page} base="/" />}
      </main>
    </>
  );
}
