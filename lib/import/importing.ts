// The second pass of an import: each entry of an export becomes a note, a draft (private ones), or
// a line in the report saying why not. Nothing here reads the export or prints; scripts/import.ts
// does both, and tests drive this in-process.
import { existingNotes, noteSlug, oneLine, tagNamer, uniqueSlug, writeNote } from '@/lib/authoring';
import { type Fillable, fillableOf } from '@/lib/enrich/fillable';
import { hasTabOrBreak, normalizeUrl, parseWebUrl } from '@/lib/urls';
import { dayAfter } from './fields';
import { ImportReport } from './report';
import { summaryMarkdown } from './summary';
import type { Survey } from './survey';
import { type Bookmark, type Entry, isUnreadable } from './types';

export type ImportOptions = {
  /** The tag of a bookmark that has none (`--tag`). */
  fallbackTag: string;
  foldersAsTags: boolean;
  dryRun: boolean;
  verbose: boolean;
  /** Today where the author is, `YYYY-MM-DD`. */
  today: string;
};

/** Turns entries into notes in `dir`, one at a time, and keeps the report. */
export class Importing {
  readonly report: ImportReport;
  private readonly existing: ReturnType<typeof existingNotes>;
  private readonly seen: Map<string, string>;
  private readonly tagName: (tag: string) => string;
  private readonly nextSuffix = new Map<string, number>();
  /** A bookmark dated after tomorrow (tomorrow allows for time zones) is garbled, not from the future. */
  private readonly latest: string;
  private readonly fallbackDate: { date: string; why: string };

  constructor(
    private readonly dir: string,
    private readonly options: ImportOptions,
    private readonly survey: Survey,
  ) {
    this.report = new ImportReport(options.verbose);
    this.existing = existingNotes(dir);
    this.seen = new Map(this.existing.byUrl);
    this.tagName = tagNamer(this.existing.tags);
    this.latest = dayAfter(options.today);
    this.fallbackDate = survey.newest
      ? { date: survey.newest, why: `dated ${survey.newest}, the export's newest date` }
      : { date: options.today, why: `dated ${options.today}, today, as no bookmark in the export has a valid date` };
  }

  /** Imports one entry, or reports why not. */
  take(entry: Entry): void {
    if (isUnreadable(entry)) this.report.add('invalid', `${entry.where}: ${entry.problem}`);
    else this.importBookmark(entry);
  }

  private importBookmark(bookmark: Bookmark): void {
    const url = parseWebUrl(bookmark.url);
    const shown = bookmark.url || '(no URL)';
    if (url === null) {
      // A line break inside a URL (seen in a real Pocket export) is shown, and refused, not joined up.
      const why = hasTabOrBreak(bookmark.url)
        ? `${JSON.stringify(bookmark.url)}: has a line break inside; put it on one line in the export and import again`
        : `${shown}: not an http(s) URL`;
      this.report.add('invalid', why);
      return;
    }
    const key = normalizeUrl(url.href);
    const earlier = this.seen.get(key);
    if (earlier) {
      this.report.add('duplicates', `${shown}: already noted in ${earlier}`);
      return;
    }

    const title = oneLine(bookmark.title);
    const date = this.dateOf(bookmark, url.href);
    const slug = uniqueSlug(noteSlug(title, url.href, date), this.existing.slugs, this.nextSuffix);
    const note = { title: title || url.href, url: url.href, summary: summaryMarkdown(bookmark.extras) };
    try {
      const file = writeNote(
        this.dir,
        slug,
        { ...note, tags: this.tagsOf(bookmark), date, draft: bookmark.private },
        this.existing.aliases,
        this.options.dryRun,
      );
      this.existing.slugs.add(slug);
      this.seen.set(key, `${file} (from this import)`);
      this.report.add('imported', file);
      if (bookmark.private) this.report.drafts += 1;
      this.countFillable(fillableOf({ ...note, summaryMarkdown: note.summary }));
    } catch (error) {
      this.report.add('invalid', `${shown}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Counts what `npm run enrich` could fill of a note written. */
  private countFillable({ title, summary }: Fillable): void {
    const counts = this.report.fillable;
    if (title || summary) counts.notes += 1;
    if (title) counts.titles += 1;
    if (summary) counts.summaries += 1;
  }

  /** The bookmark's own date, or the fallback with a line saying why. */
  private dateOf(bookmark: Bookmark, url: string): string {
    if (bookmark.date !== undefined && bookmark.date <= this.latest) return bookmark.date;
    const own = bookmark.date === undefined ? 'no valid date' : `its date, ${bookmark.date}, is after tomorrow`;
    this.report.add('dated', `${url}: ${own}; ${this.fallbackDate.why}`);
    return this.fallbackDate.date;
  }

  /** Its tags (with `--folders-as-tags`, its folders below a top folder shared by all), `--tag` if none, then its state. */
  private tagsOf(bookmark: Bookmark): string[] {
    const { topFolder } = this.survey;
    const folders = topFolder === undefined ? bookmark.folders : bookmark.folders.slice(1);
    const topics = [...bookmark.tags, ...(this.options.foldersAsTags ? folders : [])].map(oneLine).filter(Boolean);
    const tags = [...(topics.length > 0 ? topics : [this.options.fallbackTag]), ...bookmark.state];
    return [...new Set(tags.map(this.tagName))];
  }
}
