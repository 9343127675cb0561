import styles from './NoteMeta.module.css';

type Props = {
  hostname: string;
  date: string;
};

// Fixed locale and UTC: the date must read the same whatever machine builds the site.
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The linked site's host and the note's date, as shown beside a title. */
export function NoteMeta({ hostname, date }: Props) {
  return (
    <p className={styles.meta}>
      <span>{hostname}</span>
      <span aria-hidden="true"> · </span>
      <time dateTime={date}>{dateFormat.format(new Date(`${date}T00:00:00Z`))}</time>
    </p>
  );
}
