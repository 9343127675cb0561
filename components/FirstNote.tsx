import { sitePath } from '@/lib/paths';
import styles from './FirstNote.module.css';

/** The home page of a site with no notes yet: the three ways to add the first one. */
export function FirstNote() {
  return (
    <section className={styles.FirstNote} aria-labelledby="first-note-heading">
      <h2 id="first-note-heading" className={styles.heading}>
        No notes yet
      </h2>
      <p>
        A note is one markdown file in <code>content/</code> about one web link. Add the first one:
      </p>
      <ul className={styles.ways}>
        <li>
          From a terminal: <code>npm run new -- https://example.com/page --title "Its title" --tags "a tag"</code>, then
          write the summary in the file it names.
        </li>
        <li>
          From the browser: the <a href={sitePath('/add/')}>add page</a> fills in the file and opens GitHub to commit
          it.
        </li>
        <li>
          From a bookmarks export (a browser, Pocket, Pinboard, Raindrop, Instapaper, …):{' '}
          <code>npm run import -- bookmarks.html</code>.
        </li>
      </ul>
      <p>Commit and push: the site rebuilds with the note.</p>
    </section>
  );
}
