import { formatDate } from '@/lib/dates';
import { NoteLink } from './NoteLink';
import styles from './NoteMeta.module.css';

type Props = {
  hostname: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The note whose page the line links to; left out on that page itself. */
  note?: { slug: string; title: string };
};

/**
 * The linked site's host and the note's date, as shown under a title, and the link to the note's
 * own page: the title itself leads to the noted page, everywhere.
 */
export function NoteMeta({ hostname, date, note }: Props) {
  return (
    <p className={styles.NoteMeta}>
      <span>{hostname}</span>
      <time dateTime={date}>{formatDate(date)}</time>
      {note && (
        <NoteLink slug={note.slug} className={styles.noteLink} aria-label={`Note page: ${note.title}`}>
          Note page ›
        </NoteLink>
      )}
    </p>
  );
}
