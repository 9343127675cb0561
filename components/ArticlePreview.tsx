import { titleHref } from '@/lib/archive';
import { type Note, renderSummary } from '@/lib/notes';
import styles from './ArticlePreview.module.css';
import { NoteMeta } from './NoteMeta';
import { OutboundLink } from './OutboundLink';
import { Summary } from './Summary';
import { TagList } from './TagList';

type Props = {
  note: Note;
};

/**
 * A note in full, as a tag page lists it: the title linking out to the noted page, host, date
 * and the link to the note's page, tags, and the whole summary.
 */
export function ArticlePreview({ note }: Props) {
  return (
    <article className={styles.ArticlePreview}>
      <h2 className="entry-title">
        <OutboundLink href={titleHref(note)}>{note.title}</OutboundLink>
      </h2>
      <NoteMeta hostname={note.hostname} date={note.date} note={note} />
      <TagList tags={note.tags} label={`Tags of ${note.title}`} />
      <Summary html={renderSummary(note).html} />
    </article>
  );
}
