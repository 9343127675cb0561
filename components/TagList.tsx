import { tagPath } from '../lib/paths';
import type { TagRef } from '../lib/tags';
import { SiteLink } from './SiteLink';
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
          <SiteLink className={styles.tag} href={tagPath(tag.slug)}>
            {tag.name}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
