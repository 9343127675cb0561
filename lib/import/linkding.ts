// linkding's export, a Netscape bookmark file that linkding's bookmarks/services/exporter.py writes
// with `LAST_MODIFIED`, `PRIVATE` and `TOREAD` on every bookmark, its own notes in the `<DD>`
// between `[linkding-notes]` marks, and archived bookmarks tagged `linkding:bookmarks.archived`.
// The Netscape reader knows those marks wherever they appear; this entry names the format.
import { looksNetscape, readNetscape } from './netscape';
import type { Importer } from './types';

const LINKDING_MARKS = /\[linkding-notes\]|TAGS="[^"]*linkding:|LAST_MODIFIED="\d+" PRIVATE="[01]" TOREAD="[01]"/;

export const linkding: Importer = {
  format: 'linkding',
  label: 'linkding export',
  detect: (file) => file.zipNames === undefined && looksNetscape(file.head) && LINKDING_MARKS.test(file.head),
  read: readNetscape,
};
