import type { Tag } from '../lib/notes';
import { tagPath } from '../lib/paths';
import { SiteLink } from './SiteLink';
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
          <SiteLink href={tagPath(tag.slug)}>{tag.name}</SiteLink>{' '}
          <span className={styles.count}>
            {tag.count}
            <span className="visually-hidden">{tag.count === 1 ? ' note' : ' notes'}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
