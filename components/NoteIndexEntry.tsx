import { renderSummary, summaryDescription } from '@/lib/notes';
import { EntryTitle, type NoteProps } from './EntryTitle';
import styles from './NoteIndexEntry.module.css';
import { NoteMeta } from './NoteMeta';
import { TagList } from './TagList';

/**
 * Tags an index entry shows; the rest are counted ("+6"). Notes carry up to 15 tags, which as
 * chips would take three lines and leave a phone's screen room for two notes; all of them are on
 * the note's page.
 */
const INDEX_TAGS = 3;

/**
 * A note as the home page's index lists it, to be skimmed: the title linking out, host, date and
 * the link to the note's page, its first tags, and the summary's opening words on one line.
 */
export function NoteIndexEntry({ note }: NoteProps) {
  return (
    <article className={styles.NoteIndexEntry}>
      <EntryTitle note={note} className={styles.title} />
      <div className={styles.details}>
        <NoteMeta note={note} />
        <TagList tags={note.tags} label={`Tags of ${note.title}`} limit={INDEX_TAGS} />
      </div>
      {renderSummary(note).text !== '' && <p className={styles.opening}>{summaryDescription(note)}</p>}
    </article>
  );
}
