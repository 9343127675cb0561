import type { Page } from '@/lib/pagination';
import { listPagePath, sitePath } from '@/lib/paths';
import styles from './Pagination.module.css';

type Props = {
  page: Page<unknown>;
  /** The list's first page, e.g. `/` or `/tag/llm/`; later pages live at `<base>page/<n>/`. */
  base: string;
};

/** Newer/older links and the page count under a list of previews. */
export function Pagination({ page, base }: Props) {
  if (page.pageCount === 1) return null;
  return (
    <nav className={styles.Pagination} aria-label="Pages">
      {page.page > 1 ? (
        <a href={sitePath(listPagePath(base, page.page - 1))} rel="prev">
          ← Newer
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Page {page.page} of {page.pageCount}
      </span>
      {page.page < page.pageCount ? (
        <a href={sitePath(listPagePath(base, page.page + 1))} rel="next">
          Older →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
