import { renderSummary } from '@/lib/notes';
import styles from './ArticlePreview.module.css';
import { EntryTitle, type NoteProps } from './EntryTitle';
import { NoteMeta } from './NoteMeta';
import { Summary } from './Summary';
import { TagList } from './TagList';

/**
 * Chips a tag page shows of each note, as many as real notes carry; the rest are counted ("+25"),
 * all on the note's page. A note is listed on the page of every one of its tags, so showing them
 * all would put N² chips in a build for a note of N tags (1,000 tags: a million chips, 145 MB).
 */
const PREVIEW_TAGS = 15;

/**
 * A note in full, as a tag page lists it: the title linking out to the noted page, host, date
 * and the link to the note's page, tags, and the whole summary.
 */
export function ArticlePreview({ note }: NoteProps) {
  return (
    <article className={styles.ArticlePreview}>
      <EntryTitle note={note} />
      <NoteMeta note={note} />
      <TagList tags={note.tags} label={`Tags of ${note.title}`} limit={PREVIEW_TAGS} />
      <Summary html={renderSummary(note).html} />
    </article>
  );
}
