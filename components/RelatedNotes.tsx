import Link from 'next/link';
import type { Note } from '../lib/notes';
import { notePath } from '../lib/paths';
import styles from './RelatedNotes.module.css';

type Props = {
  notes: Note[];
};

/** Links to the notes that share the most (and the rarest) tags with the one on the page. */
export function RelatedNotes({ notes }: Props) {
  if (notes.length === 0) return null;
  return (
    <section className={styles.RelatedNotes} aria-labelledby="related-notes">
      <h2 id="related-notes">Related notes</h2>
      <ul>
        {notes.map((note) => (
          <li key={note.slug}>
            <Link href={notePath(note.slug)} prefetch={false}>
              {note.title}
            </Link>{' '}
            <span className={styles.host}>{note.hostname}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
