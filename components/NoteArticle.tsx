import { KEYWORDS_ID, SEARCH_META, searchAttributes } from '@/lib/browser/search-record';
import { formatDate } from '@/lib/dates';
import { archiveUrl, titleHref } from '@/lib/links/archive';
import { type Note, renderSummary } from '@/lib/notes';
import { sitePath, tagPath } from '@/lib/paths';
import styles from './NoteArticle.module.css';
import { NoteMeta } from './NoteMeta';
import { OutboundLink } from './OutboundLink';
import { Summary } from './Summary';
import { TagList } from './TagList';

type Props = {
  note: Note;
};

/**
 * A note on its own page: the title linking out, host, date, tags, the whole summary, and the
 * noted page with its archived copy (the title leads to that copy once the page is found dead).
 */
export function NoteArticle({ note }: Props) {
  const tagNames = note.tags.map((tag) => tag.name).join(' ');
  return (
    // The search index (Pagefind) reads this article alone: the summary, then the title, host and tag
    // names (the hidden paragraph last) so that they find the note too. The empty element at its start
    // is a Pagefind anchor (an anchor keeps its element's text: this one's is empty), where the search
    // page cuts a result's excerpt (lib/browser/excerpt.ts;
    // https://pagefind.app/docs/indexing/, https://pagefind.app/docs/sub-results/).
    <article
      className={styles.NoteArticle}
      data-pagefind-body=""
      data-pagefind-meta={SEARCH_META}
      data-pagefind-sort="date[data-date]"
      {...searchAttributes({
        title: note.title,
        link: titleHref(note),
        hostname: note.hostname,
        date: note.date,
        datelabel: formatDate(note.date),
        tags: JSON.stringify(note.tags.map((tag) => ({ name: tag.name, href: sitePath(tagPath(tag.slug)) }))),
      })}
    >
      <header data-pagefind-ignore="">
        <h1 className={styles.title}>
          <OutboundLink href={titleHref(note)}>{note.title}</OutboundLink>
        </h1>
        <NoteMeta note={note} linkToNote={false} />
        {note.dead && (
          <p className={styles.gone}>
            The original page is gone (found dead on <time dateTime={note.dead}>{formatDate(note.dead)}</time>); the
            title links to the Web Archive's copy.
          </p>
        )}
        <TagList tags={note.tags} label="Tags" />
      </header>
      <Summary html={renderSummary(note).html} />
      <p className={styles.source} data-pagefind-ignore="">
        {note.dead ? (
          <>
            <OutboundLink href={archiveUrl(note)}>Archived copy</OutboundLink>
            <span aria-hidden="true"> · </span>
            <OutboundLink href={note.url}>Original on {note.hostname} (gone)</OutboundLink>
          </>
        ) : (
          <>
            <OutboundLink href={note.url}>Read it on {note.hostname}</OutboundLink>
            <span aria-hidden="true"> · </span>
            <OutboundLink href={archiveUrl(note)}>Archived copy</OutboundLink>
          </>
        )}
      </p>
      <p hidden>
        <span id={KEYWORDS_ID} />
        {`${note.title} ${note.hostname} ${tagNames}`}
      </p>
    </article>
  );
}
