'use client';

import type { NoteData } from '../lib/notes';
import styles from './NoteArticle.module.css';
import { NoteMeta } from './NoteMeta';
import { OutboundLink } from './OutboundLink';
import { Summary } from './Summary';
import { TagList } from './TagList';

type Props = {
  note: NoteData;
};

/**
 * A note on its own page: the title linking out, host, date, tags and the whole summary. A client
 * component for the same reason as `ArticlePreview`: the page's payload carries the note as data.
 */
export function NoteArticle({ note }: Props) {
  return (
    // The search index (Pagefind) reads this article alone, with its host, date and tags as metadata.
    <article
      className={styles.NoteArticle}
      data-pagefind-body=""
      data-pagefind-meta="hostname[data-hostname], date[data-date], datelabel[data-date-label], tags[data-tags]"
      data-pagefind-sort="date[data-date]"
      data-hostname={note.hostname}
      data-date={note.date}
      data-date-label={note.dateLabel}
      data-tags={JSON.stringify(note.tags)}
    >
      <h1 className={styles.title}>
        <OutboundLink href={note.url}>{note.title}</OutboundLink>
      </h1>
      <NoteMeta hostname={note.hostname} date={note.date} label={note.dateLabel} />
      <TagList tags={note.tags} label="Tags" />
      <Summary html={note.summaryHtml} />
      <p className={styles.source}>
        <OutboundLink href={note.url}>Read it on {note.hostname}</OutboundLink>
      </p>
    </article>
  );
}
