import type { Tag } from '@/lib/notes';
import { sitePath, tagPath } from '@/lib/paths';
import styles from './TagIndex.module.css';

type Props = {
  /** Most used first. */
  tags: Tag[];
};

/**
 * Every tag with its note count and a bar as long as that count, the longest for the most used
 * tag: the big tags stand out by length and place, and the list reads top to bottom by size.
 */
export function TagIndex({ tags }: Props) {
  const most = Math.max(1, ...tags.map((tag) => tag.count));
  return (
    <ol className={styles.TagIndex}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a href={sitePath(tagPath(tag.slug))}>{tag.name}</a>{' '}
          <span className={styles.count}>
            {tag.count}
            <span className="visually-hidden">{tag.count === 1 ? ' note' : ' notes'}</span>
          </span>
          <span className={styles.bar} style={{ width: `${((100 * tag.count) / most).toFixed(1)}%` }} />
        </li>
      ))}
    </ol>
  );
}
