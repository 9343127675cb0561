import { titleHref } from '@/lib/links/archive';
import type { Note } from '@/lib/notes';
import { NoteMeta } from './NoteMeta';
import { OutboundLink } from './OutboundLink';
import styles from './RelatedNotes.module.css';

type Props = {
  notes: Note[];
};

/**
 * The notes that share the most (and the rarest) tags with the one on the page: each title links
 * out to its noted page, as everywhere, and the line under it to the note's own page.
 */
export function RelatedNotes({ notes }: Props) {
  if (notes.length === 0) return null;
  return (
    <section className={styles.RelatedNotes} aria-labelledby="related-notes">
      <h2 id="related-notes">Related notes</h2>
      <ul>
        {notes.map((note) => (
          <li key={note.slug}>
            <OutboundLink href={titleHref(note)}>{note.title}</OutboundLink>
            <NoteMeta note={note} />
          </li>
        ))}
      </ul>
    </section>
  );
}
