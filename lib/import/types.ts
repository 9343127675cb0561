// The contract every importer keeps: one file per export format (lib/import/<format>.ts), each
// telling its format from the first bytes of a file and reading it into bookmarks, one at a time.

/** What the service said about a link's state, kept as a tag of the same name (docs/importing.md). */
export type BookmarkState = 'unread' | 'archived' | 'favorite';

/** Text the service kept beside a link, shown in the note's summary under its label. */
export type Extra = { label: 'Saved with' | 'Note' | 'Excerpt' | 'Highlights' | 'Selection'; text: string };

/** A passage the owner highlighted on the page, and what they wrote beside it (either may be empty). */
export type Highlight = { quote: string; note: string };

/** A note of url-notes' own export, kept as written: its file name, summary and dead-link mark. */
export type KeptNote = { slug: string; summary: string; dead?: string };

/** One bookmark as an export holds it. */
export type Bookmark = {
  url: string;
  title: string;
  tags: string[];
  /** Folder names from the outermost in, for `--folders-as-tags`. */
  folders: string[];
  /** `YYYY-MM-DD`, when the export dates the bookmark with a date that exists. */
  date?: string;
  extras: Extra[];
  /** Passages highlighted on the page, shown under their own heading in the summary. */
  highlights: Highlight[];
  state: BookmarkState[];
  /** Marked private in the export (Netscape `PRIVATE="1"`, Pinboard `shared: "no"`). */
  private: boolean;
  /** `YYYY-MM-DD`, the day the link was found dead, as url-notes' own Netscape export marks it. */
  dead?: string;
  /** Set by url-notes' own JSON export alone: the note comes back exactly as it was. */
  kept?: KeptNote;
};

/** An entry that cannot become a bookmark, and why: `where` names it (`entry 3`, `line 12`). */
export type Unreadable = { where: string; problem: string };

/** What a reader yields for each entry of an export. */
export type Entry = Bookmark | Unreadable;

/** How an export's bytes are read: a WHATWG encoding label, and whether the report says it (not plain UTF-8). */
export type TextEncoding = { label: string; said: boolean };

/** The export file as detection sees it: its path, its encoding and first characters, the names in it when a zip. */
export type ExportFile = { path: string; encoding: TextEncoding; head: string; zipNames?: string[] };

/** One export format: how to recognise it and how to read it (a fresh pass on every call). */
export type Importer = {
  /** The `--format` value. */
  format: string;
  /** The format as the report names it. */
  label: string;
  detect(file: ExportFile): boolean;
  read(file: ExportFile): AsyncIterable<Entry>;
};

/** Whether a reader's entry is a problem rather than a bookmark. */
export function isUnreadable(entry: Entry): entry is Unreadable {
  return 'problem' in entry;
}

/** A bookmark with the fields most exports leave empty filled in. */
export function bookmark(fields: Pick<Bookmark, 'url' | 'title'> & Partial<Bookmark>): Bookmark {
  return { tags: [], folders: [], extras: [], highlights: [], state: [], private: false, ...fields };
}
