import { type Note, renderSummary } from '@/lib/notes';
import styles from './ArticlePreview.module.css';
import { NoteLink } from './NoteLink';
import { NoteMeta } from './NoteMeta';
import { OutboundLink } from './OutboundLink';
import { Summary } from './Summary';
import { TagList } from './TagList';

type Props = {
  note: Note;
};

/** A note in a list: the title linking out to the noted page, host and date, tags, summary. */
export function ArticlePreview({ note }: Props) {
  return (
    <article className={styles.ArticlePreview}>
      <h2 className={styles.title}>
        <OutboundLink href={note.url}>{note.title}</OutboundLink>
      </h2>
      <NoteMeta hostname={note.hostname} date={note.date} />
      <TagList tags={note.tags} label={`Tags of ${note.title}`} />
      <Summary html={renderSummary(note).html} />
      <p className={styles.permalink}>
        <NoteLink slug={note.slug} aria-label={`Note page: ${note.title}`}>
          Note page
        </NoteLink>
      </p>
    </article>
  );
}
