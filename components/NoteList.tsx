import type { Page } from '@/lib/lists/pagination';
import type { Note } from '@/lib/notes';
import { ArticlePreview } from './ArticlePreview';
import { NoteIndexEntry } from './NoteIndexEntry';
import styles from './NoteList.module.css';
import { Pagination } from './Pagination';

type Props = {
  page: Page<Note>;
  /** The list's first page, e.g. `/` or `/tag/llm/`. */
  base: string;
  /** `index`: a line or three per note, to skim (home); `previews`: each note in full (a tag). */
  layout: 'index' | 'previews';
};

/** One page of notes with its pagination. */
export function NoteList({ page, base, layout }: Props) {
  const Entry = layout === 'index' ? NoteIndexEntry : ArticlePreview;
  return (
    <>
      <div className={`${styles.NoteList} ruled`}>
        {page.items.map((note) => (
          <Entry key={note.slug} note={note} />
        ))}
      </div>
      <Pagination page={page} base={base} />
    </>
  );
}
