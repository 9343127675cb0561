import { sitePath, tagPath } from '@/lib/paths';
import type { TagRef } from '@/lib/tags';
import styles from './TagList.module.css';

type Props = {
  tags: TagRef[];
  /** Names the list for screen readers, e.g. "Tags of The Framework Desktop is a beast". */
  label: string;
  /** How many chips to show at most; the rest are counted at the list's end ("+4"). */
  limit?: number;
};

/** A note's tags as chips linking to their tag pages: the first `limit`, and how many more there are. */
export function TagList({ tags, label, limit = tags.length }: Props) {
  const more = Math.max(0, tags.length - limit);
  return (
    <ul className={styles.TagList} aria-label={label}>
      {tags.slice(0, limit).map((tag) => (
        <li key={tag.slug}>
          <a href={sitePath(tagPath(tag.slug))}>{tag.name}</a>
        </li>
      ))}
      {more > 0 && (
        <li className={styles.more}>
          +{more}
          <span className="visually-hidden"> more {more === 1 ? 'tag' : 'tags'} on the note page</span>
        </li>
      )}
    </ul>
  );
}
