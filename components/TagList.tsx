import { sitePath, tagPath } from '@/lib/paths';
import type { TagRef } from '@/lib/tags';
import styles from './TagList.module.css';

type Props = {
  tags: TagRef[];
  /** Names the list for screen readers, e.g. "Tags of The Framework Desktop is a beast". */
  label: string;
  /** How many more tags the note has than the list shows; counted at its end ("+4"). */
  more?: number;
};

/** A note's tags as chips linking to their tag pages. */
export function TagList({ tags, label, more = 0 }: Props) {
  return (
    <ul className={styles.tags} aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a className={styles.tag} href={sitePath(tagPath(tag.slug))}>
            {tag.name}
          </a>
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
