import styles from './ContentProblems.module.css';

type Props = {
  /** `content/foo.md: url: must be …`, as `npm run check` prints them. */
  lines: string[];
};

/**
 * In `npm run dev`, on every page while a note has a problem (the layout shows it then): the notes'
 * problems, instead of an error page in place of the site.
 */
export function ContentProblems({ lines }: Props) {
  return (
    <aside className={styles.ContentProblems} aria-label="Problems in the notes">
      <p>
        {lines.length === 1 ? '1 problem' : `${lines.length} problems`} in the notes (as <code>npm run check</code>{' '}
        prints them). Notes with a problem are left out until it is fixed; a build stops on them.
      </p>
      <pre>{lines.join('\n')}</pre>
    </aside>
  );
}
