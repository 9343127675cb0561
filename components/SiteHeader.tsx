import { Fragment } from 'react';
import { sitePath } from '@/lib/paths';
import { site } from '@/lib/site';
import { SearchBox } from './SearchBox';
import styles from './SiteHeader.module.css';

/** One step of the header line after the site name: `tag`, then `hardware`. */
export type Crumb = { label: string; href?: string };

type Props = {
  trail?: Crumb[];
  /** The header line is the page's `h1` unless the page has a heading of its own (a note's title). */
  isPageHeading?: boolean;
  /** The search page has its own, larger search box. */
  showSearch?: boolean;
};

/** The header line of every page, `Field Notes | tag | hardware`, and the site navigation. */
export function SiteHeader({ trail = [], isPageHeading = true, showSearch = true }: Props) {
  const Line = isPageHeading ? 'h1' : 'p';
  return (
    <header className={styles.SiteHeader}>
      <Line className={styles.header}>
        <a href={sitePath('/')} className={styles.home}>
          {site.name}
        </a>
        {trail.map((crumb, position) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a crumb is its place in the trail; labels repeat (the tag "tag").
          <Fragment key={position}>
            {' | '}
            {crumb.href ? <a href={sitePath(crumb.href)}>{crumb.label}</a> : <span>{crumb.label}</span>}
          </Fragment>
        ))}
      </Line>
      <div className={styles.tools}>
        {showSearch && <SearchBox />}
        <nav aria-label="Site" className={styles.nav}>
          <a href={sitePath('/tags/')}>All tags</a>
        </nav>
      </div>
    </header>
  );
}
