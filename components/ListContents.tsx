import { monthName } from '@/lib/dates';
import { pagesByMonth } from '@/lib/lists/contents';
import { countPages } from '@/lib/lists/pagination';
import { listPagePath, sitePath } from '@/lib/paths';
import styles from './ListContents.module.css';
import paginationStyles from './Pagination.module.css';

type Props = {
  /** The dates of the list's notes, newest first. */
  dates: string[];
  /** The list's first page, e.g. `/` or `/tag/llm/`. */
  base: string;
};

/** Every page of a long list under the years and months of the notes it shows, newest first. */
export function ListContents({ dates, base }: Props) {
  return (
    <div className={styles.ListContents}>
      <p className="intro">
        {countPages(dates.length).toLocaleString('en')} pages, newest first: each month lists the pages that show its
        notes.
      </p>
      {pagesByMonth(dates).map(({ year, months }) => (
        <section key={year}>
          <h2 className="section-title">{year}</h2>
          <dl>
            {months.map(({ month, pages }) => (
              <div key={month}>
                <dt>
                  <time dateTime={month}>{monthName(month)}</time>
                </dt>
                <dd>
                  <ol className={paginationStyles.jumps} aria-label={`Pages of ${monthName(month)} ${year}`}>
                    {pages.map((page) => (
                      <li key={page}>
                        <a href={sitePath(listPagePath(base, page))}>{page.toLocaleString('en')}</a>
                      </li>
                    ))}
                  </ol>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
