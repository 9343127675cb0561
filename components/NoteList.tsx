import type { Note } from '@/lib/notes';
import type { Page } from '@/lib/pagination';
import { ArticlePreview } from './ArticlePreview';
import styles from './NoteList.module.css';
import { Pagination } from './Pagination';

type Props = {
  page: Page<Note>;
  /** The list's first page, e.g. `/` or `/tag/llm/`. */
  base: string;
};

/** One page of note previews with its pagination. */
export function NoteList({ page, base }: Props) {
  return (
    <>
      <div className={styles.previews}>
        {page.items.map((note) => (
          <ArticlePreview key={note.slug} note={note} />
        ))}
      </div>
      <Pagination page={page} base={base} />
    </>
  );
}
