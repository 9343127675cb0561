import { type Note, summaryDescription } from '../lib/notes';
import styles from './NoteIndexEntry.module.css';
import { NoteMeta } from './NoteMeta';
import { OutboundLink } from './OutboundLink';
import { TagList } from './TagList';

type Props = {
  note: Note;
};

/**
 * A note as the home page's index lists it, to be skimmed: the title linking out, host, date and
 * the link to the note's page, tags, and the summary's opening words on one line.
 */
export function NoteIndexEntry({ note }: Props) {
  return (
    <article className={styles.NoteIndexEntry}>
      <h2 className={styles.title}>
        <OutboundLink href={note.url}>{note.title}</OutboundLink>
      </h2>
      <div className={styles.details}>
        <NoteMeta hostname={note.hostname} date={note.date} note={note} />
        <TagList tags={note.tags} label={`Tags of ${note.title}`} />
      </div>
      {note.summaryText !== '' && <p className={styles.opening}>{summaryDescription(note)}</p>}
    </article>
  );
}
