import { hasContents, type Page, pageJumps } from '@/lib/lists/pagination';
import { listContentsPath, listPagePath, sitePath } from '@/lib/paths';
import styles from './Pagination.module.css';

type Props = {
  page: Page<unknown>;
  /** The list's first page, e.g. `/` or `/tag/llm/`; later pages live at `<base>page/<n>/`. */
  base: string;
};

/**
 * Under a list of previews: newer and older, the page count, numbered jumps to near and far pages
 * (`pageJumps`), and on a long list its contents page, from which every page is one click away.
 */
export function Pagination({ page, base }: Props) {
  if (page.pageCount === 1) return null;
  const href = (number: number) => sitePath(listPagePath(base, number));
  return (
    <nav className={styles.Pagination} aria-label="Pages">
      <p className={styles.steps}>
        {page.page > 1 ? (
          <a href={href(page.page - 1)} rel="prev">
            ← Newer
          </a>
        ) : (
          <span />
        )}
        <span>{`Page ${page.page.toLocaleString('en')} of ${page.pageCount.toLocaleString('en')}`}</span>
        {page.page < page.pageCount ? (
          <a href={href(page.page + 1)} rel="next">
            Older →
          </a>
        ) : (
          <span />
        )}
      </p>
      <ol className={styles.jumps}>
        {pageJumps(page.page, page.pageCount).map((number) => (
          <li key={number}>
            {number === page.page ? (
              <span aria-current="page">{number.toLocaleString('en')}</span>
            ) : (
              <a href={href(number)}>{number.toLocaleString('en')}</a>
            )}
          </li>
        ))}
      </ol>
      {hasContents(page.pageCount) && (
        <p>
          <a href={sitePath(listContentsPath(base))}>All {page.pageCount.toLocaleString('en')} pages by month</a>
        </p>
      )}
    </nav>
  );
}
