'use client';

import type { NoteData } from '../lib/notes';
import styles from './ArticlePreview.module.css';
import { NoteLink } from './NoteLink';
import { NoteMeta } from './NoteMeta';
import { OutboundLink } from './OutboundLink';
import { Summary } from './Summary';
import { TagList } from './TagList';

type Props = {
  preview: NoteData;
};

/**
 * A note in a list: the title linking out to the noted page, host and date, tags, summary.
 * A client component so that list pages send each preview as data (see `NoteData`); the static
 * HTML is rendered on the server all the same, and pages read the same without JavaScript.
 */
export function ArticlePreview({ preview }: Props) {
  return (
    <article className={styles.ArticlePreview}>
      <h2 className={styles.title}>
        <OutboundLink href={preview.url}>{preview.title}</OutboundLink>
      </h2>
      <NoteMeta hostname={preview.hostname} date={preview.date} label={preview.dateLabel} />
      <TagList tags={preview.tags} label={`Tags of ${preview.title}`} />
      <Summary html={preview.summaryHtml} />
      <p className={styles.permalink}>
        <NoteLink slug={preview.slug} aria-label={`Note page: ${preview.title}`}>
          Note page
        </NoteLink>
      </p>
    </article>
  );
}
