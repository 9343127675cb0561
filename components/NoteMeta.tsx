import { formatDate } from '@/lib/dates';
import styles from './NoteMeta.module.css';

type Props = {
  hostname: string;
  /** `YYYY-MM-DD`. */
  date: string;
};

/** The linked site's host and the note's date, as shown beside a title. */
export function NoteMeta({ hostname, date }: Props) {
  return (
    <p className={styles.meta}>
      <span>{hostname}</span>
      <span aria-hidden="true"> · </span>
      <time dateTime={date}>{formatDate(date)}</time>
    </p>
  );
}
