import styles from './Summary.module.css';

type Props = {
  /** Sanitized HTML from `lib/markdown.ts`. */
  html: string;
};

/** A note's rendered markdown summary. */
export function Summary({ html }: Props) {
  if (html.trim() === '') return null;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: lib/markdown.ts sanitizes it with GitHub's schema.
  return <div className={styles.Summary} dangerouslySetInnerHTML={{ __html: html }} />;
}
