import { sitePath, tagPath } from '@/lib/paths';
import type { TagRef } from '@/lib/tags';
import styles from './TagList.module.css';

type Props = {
  tags: TagRef[];
  /** Names the list for screen readers, e.g. "Tags of The Framework Desktop is a beast". */
  label: string;
};

/** A note's tags as chips linking to their tag pages. */
export function TagList({ tags, label }: Props) {
  return (
    <ul className={styles.tags} aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a className={styles.tag} href={sitePath(tagPath(tag.slug))}>
            {tag.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
