import { formatDate } from '@/lib/dates';
import type { Note } from '@/lib/notes';
import { NoteLink } from './NoteLink';
import styles from './NoteMeta.module.css';

type Props = {
  note: Pick<Note, 'slug' | 'title' | 'hostname' | 'date'>;
  /** Whether the line links to the note's own page: not on that page itself. */
  linkToNote?: boolean;
};

/**
 * The linked site's host and the note's date, as shown under a title, and the link to the note's
 * own page: the title itself leads to the noted page, everywhere.
 */
export function NoteMeta({ note, linkToNote = true }: Props) {
  return (
    <p className={styles.NoteMeta}>
      <span>{note.hostname}</span>
      <time dateTime={note.date}>{formatDate(note.date)}</time>
      {linkToNote && (
        <NoteLink slug={note.slug} className={styles.noteLink} aria-label={`Note page: ${note.title}`}>
          Note page ›
        </NoteLink>
      )}
    </p>
  );
}
