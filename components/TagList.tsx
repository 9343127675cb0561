import Link from 'next/link';
import { tagPath } from '../lib/paths';
import type { TagRef } from '../lib/tags';
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
          {/* A list page holds hundreds of chips: prefetching them all would cost more than it saves. */}
          <Link className={styles.tag} href={tagPath(tag.slug)} prefetch={false}>
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
