import type { Note } from '@/lib/notes';
import { NoteLink } from './NoteLink';
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
            <NoteLink slug={note.slug}>{note.title}</NoteLink> <span className={styles.host}>{note.hostname}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
