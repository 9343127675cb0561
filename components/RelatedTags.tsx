import type { Tag } from '@/lib/notes';
import styles from './RelatedTags.module.css';
import { TagList } from './TagList';

type Props = {
  /** The name of the tag whose page this is. */
  tag: string;
  /** The tags most often found on the same notes. */
  tags: Tag[];
};

/** The tags that most often appear with this page's tag. */
export function RelatedTags({ tag, tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <div className={styles.RelatedTags}>
      <p className={styles.label}>Often tagged together with “{tag}”:</p>
      <TagList tags={tags} label={`Tags often used with ${tag}`} />
    </div>
  );
}
