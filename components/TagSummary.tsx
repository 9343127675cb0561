import { feedPaths } from '@/lib/feeds';
import type { Tag } from '@/lib/notes';
import { sitePath, tagPath } from '@/lib/paths';
import { quantity } from '@/lib/text';
import { RelatedTags } from './RelatedTags';
import styles from './TagSummary.module.css';

type Props = {
  tag: Tag;
  /** The tags most often found on the same notes; none on a tag's later pages. */
  related: Tag[];
};

/** What a tag page says under its header: how many notes carry the tag, its feeds, related tags. */
export function TagSummary({ tag, related }: Props) {
  const feeds = feedPaths(tagPath(tag.slug));
  return (
    <div className={styles.TagSummary}>
      <p className={styles.facts}>
        <span>
          {quantity(tag.count, 'note')} tagged “{tag.name}”
        </span>
        <span className={styles.feeds}>
          Follow it:{' '}
          {feeds.rss && (
            <a href={sitePath(feeds.rss)} type="application/rss+xml">
              RSS
            </a>
          )}{' '}
          {feeds.json && (
            <a href={sitePath(feeds.json)} type="application/feed+json">
              JSON Feed
            </a>
          )}
        </span>
      </p>
      <RelatedTags tag={tag.name} tags={related} />
    </div>
  );
}
