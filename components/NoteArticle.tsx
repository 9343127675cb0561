import type { Note } from '../lib/notes';
import styles from './NoteArticle.module.css';
import { NoteMeta } from './NoteMeta';
import { Summary } from './Summary';
import { TagList } from './TagList';

type Props = {
  note: Note;
};

/** A note on its own page: the title linking out, host, date, tags and the whole summary. */
export function NoteArticle({ note }: Props) {
  return (
    <article className={styles.NoteArticle}>
      <h1 className={styles.title}>
        <a href={note.url} target="_blank" rel="noopener noreferrer">
          {note.title}
        </a>
      </h1>
      <NoteMeta hostname={note.hostname} date={note.date} />
      <TagList tags={note.tags} label="Tags" />
      <Summary html={note.summaryHtml} />
      <p className={styles.source}>
        <a href={note.url} target="_blank" rel="noopener noreferrer">
          Read it on {note.hostname}
        </a>
      </p>
    </article>
  );
}
