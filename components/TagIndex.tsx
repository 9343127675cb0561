import type { Tag } from '@/lib/notes';
import { sitePath, tagPath } from '@/lib/paths';
import styles from './TagIndex.module.css';

type Props = {
  tags: Tag[];
};

/** Every tag with its note count. */
export function TagIndex({ tags }: Props) {
  return (
    <ul className={styles.TagIndex}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a href={sitePath(tagPath(tag.slug))}>{tag.name}</a>{' '}
          <span className={styles.count}>
            {tag.count}
            <span className="visually-hidden">{tag.count === 1 ? ' note' : ' notes'}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
