import { groupByInitial } from '@/lib/lists/tag-groups';
import type { Tag } from '@/lib/notes';
import { sitePath, tagPath } from '@/lib/paths';
import paginationStyles from './Pagination.module.css';
import styles from './TagsByLetter.module.css';

type Props = {
  tags: Tag[];
};

/**
 * Every tag from A to Z under its first letter, with its count of notes, and a row of the letters
 * that jump to each group: one document of links, lean per tag, that works without script.
 */
export function TagsByLetter({ tags }: Props) {
  const groups = groupByInitial(tags);
  return (
    <div className={styles.TagsByLetter}>
      <nav id="letters" aria-label="Tags by first letter">
        <ul className={paginationStyles.jumps}>
          {groups.map((group) => (
            <li key={group.id}>
              <a href={`#${group.id}`}>{group.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.id}>
          <div className={styles.heading}>
            <h3 id={group.id}>{group.label}</h3>
            <a href="#letters">Back to the letters</a>
          </div>
          <ul>
            {group.tags.map((tag) => (
              <li key={tag.slug}>
                <a href={sitePath(tagPath(tag.slug))}>{tag.name}</a>
                {` ${tag.count}`}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
