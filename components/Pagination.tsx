import type { Page } from '../lib/pagination';
import { listPagePath } from '../lib/paths';
import styles from './Pagination.module.css';
import { SiteLink } from './SiteLink';

type Props = {
  page: Page<unknown>;
  /** The list's first page, e.g. `/` or `/tag/llm/`; later pages live at `<base>page/<n>/`. */
  base: string;
};

/** Newer/older links and the page count under a list of previews. */
export function Pagination({ page, base }: Props) {
  if (page.pageCount === 1) return null;
  return (
    <nav className={styles.pagination} aria-label="Pages">
      {page.page > 1 ? (
        <SiteLink href={listPagePath(base, page.page - 1)} rel="prev">
          ← Newer
        </SiteLink>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Page {page.page} of {page.pageCount}
      </span>
      {page.page < page.pageCount ? (
        <SiteLink href={listPagePath(base, page.page + 1)} rel="next">
          Older →
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
