import type { AddPageData } from '@/lib/add/draft';
import { addPageDataJson } from '@/lib/add/page-data';
import { noteMarkdown, SUMMARY_SKELETON } from '@/lib/authoring/new-note';
import { sitePath } from '@/lib/paths';
import { site } from '@/lib/site';
import styles from './AddNoteForm.module.css';

type Props = {
  data: AddPageData;
};

/** The file a new note starts from, shown as it is until the script fills it from the form. */
const TEMPLATE = noteMarkdown({
  title: 'Title of the page',
  url: 'https://example.com/page',
  tags: ['tag'],
  date: 'YYYY-MM-DD',
  summary: SUMMARY_SKELETON,
});

/**
 * The /add/ page's form, the file it makes and the "Create on GitHub" link, as HTML; the page's
 * one script (`add.js`, bundled from lib/browser/add.ts) checks the form as it is typed and
 * fills the preview and the link. Without JavaScript the preview shows the template to copy.
 */
export function AddNoteForm({ data }: Props) {
  return (
    <div className={styles.AddNoteForm}>
      <form id="add-form" className={styles.form}>
        <label htmlFor="add-url">URL</label>
        <input className="control" id="add-url" name="url" type="url" required inputMode="url" autoComplete="off" />
        <label htmlFor="add-title">Title</label>
        <input className="control" id="add-title" name="title" type="text" required autoComplete="off" />
        <label htmlFor="add-tags">
          Tags <span className={styles.hint}>(separated by commas)</span>
        </label>
        <input
          className="control"
          id="add-tags"
          name="tags"
          type="text"
          list="add-tag-options"
          required
          autoComplete="off"
        />
        <datalist id="add-tag-options">
          {data.tags.map(([slug, name]) => (
            <option key={slug} value={name} />
          ))}
        </datalist>
        <label htmlFor="add-date">Date</label>
        <input className="control" id="add-date" name="date" type="date" required />
        <label htmlFor="add-summary">Summary</label>
        <textarea className="control" id="add-summary" name="summary" rows={7} defaultValue={SUMMARY_SKELETON} />
      </form>
      <section aria-labelledby="add-file-heading" className={styles.file}>
        <h2 id="add-file-heading" className={styles.heading}>
          The file: <code id="add-file">content/&lt;slug&gt;.md</code>
        </h2>
        <ul id="add-problems" className={styles.problems} aria-live="polite" hidden />
        <p id="add-notes-status" className={styles.hint} role="status" hidden />
        <pre className={styles.preview}>
          <code id="add-preview">{TEMPLATE}</code>
        </pre>
        <div className="needs-js">
          {data.repository === null ? (
            <p className={styles.hint}>
              The site was built without a repository to add notes to: set <code>SITE_REPOSITORY</code> (
              <code>owner/name</code>) for the build. GitHub Actions sets <code>GITHUB_REPOSITORY</code> itself.
            </p>
          ) : null}
          <p>
            {/* biome-ignore lint/a11y/useValidAnchor: a placeholder link (no href) until the note passes its checks; the script then gives it GitHub's address, with `target` and `rel`, which HTML allows only beside an `href`. */}
            <a id="add-create" className={styles.create} aria-disabled="true">
              Create on GitHub
            </a>
          </p>
          <p id="add-cut" className={styles.cut} role="status" hidden />
        </div>
      </section>
      <section aria-labelledby="add-bookmarklet-heading" className={`${styles.bookmarklet} needs-js`}>
        <h2 id="add-bookmarklet-heading" className={styles.heading}>
          From any page, in one click
        </h2>
        <p>
          Drag this link to the bookmarks bar:{' '}
          <a id="add-bookmarklet" href={sitePath('/add/')}>
            Add to {site.name}
          </a>
          . On any page, click it (after selecting a sentence, to quote it) and this form opens with the page’s address
          and title filled in.
        </p>
        <p>
          On a phone, install this site (in Chrome on Android, the menu’s <strong>Install app</strong>) and share any
          page to it: this form opens the same way.
        </p>
      </section>
      <script
        type="application/json"
        id="add-data"
        data-keep=""
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON of the build, with `<` escaped (addPageDataJson).
        dangerouslySetInnerHTML={{ __html: addPageDataJson(data) }}
      />
      <script type="module" src={sitePath('/add.js')} data-keep="" />
    </div>
  );
}
