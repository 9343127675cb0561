// The second pass of an import: each entry of an export becomes a note, a draft (private ones), or
// a line in the report saying why not. Nothing here reads the export or prints; scripts/import.ts
// does both, and tests drive this in-process.
import { readFileSync } from 'node:fs';
import { existingNotes, noteSlug, oneLine, tagNamer, uniqueSlug, writeNote } from '@/lib/authoring';
import { ContentChecker } from '@/lib/content/checker';
import { readFolder } from '@/lib/content/load';
import { type Fillable, fillableOf } from '@/lib/enrich/fillable';
import { rewriteNotes } from '@/lib/links/note-rewrite';
import { normalizeUrl, parseWebUrl, readablePath, withoutTabsOrBreaks } from '@/lib/urls';
import { dayAfter } from './fields';
import { ImportReport } from './report';
import { highlightsToAppend, newSummary } from './summary';
import type { Survey } from './survey';
import { type Bookmark, type Entry, type Highlight, isUnreadable } from './types';

/** A note the URL of a bookmark already has: its file, and whether this import wrote it. */
type Noted = { file: string; fromThisImport: boolean };

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
  /** The notes of `dir` a crash cut short, one line each: an import stops on them rather than write beside them. */
  readonly interrupted: string[];
  private readonly existing: ReturnType<typeof existingNotes>;
  private readonly seen: Map<string, Noted>;
  /** Highlights for notes already there, by file: appended together once every entry is read (`finish`). */
  private readonly highlightsFor = new Map<string, { text: string; highlights: Highlight[]; section: string }>();
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
    this.interrupted = this.existing.interrupted;
    this.seen = new Map([...this.existing.byUrl].map(([key, file]) => [key, { file, fromThisImport: false }]));
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
    const url = parseWebUrl(withoutTabsOrBreaks(bookmark.url));
    const shown = oneLine(bookmark.url) || '(no URL)';
    if (url === null) {
      this.report.add('invalid', `${shown}: not an http(s) URL`);
      return;
    }
    const key = normalizeUrl(url.href);
    const earlier = this.seen.get(key);
    if (earlier) {
      if (!earlier.fromThisImport && this.addHighlights(earlier.file, bookmark.highlights)) return;
      this.report.add(
        'duplicates',
        `${shown}: already noted in ${earlier.file}${earlier.fromThisImport ? ' (from this import)' : ''}`,
      );
      return;
    }

    const { kept } = bookmark;
    const own = oneLine(bookmark.title);
    // A title that is a URL says no more than the URL: the slug comes from the page's address.
    const named = own !== '' && parseWebUrl(own) === null;
    const title = kept ? bookmark.title : named ? own : oneLine(readablePath(own || url.href));
    const date = this.dateOf(bookmark, url.href);
    const base = kept?.slug ?? noteSlug(named ? title : undefined, url.href, date);
    const slug = uniqueSlug(base, this.existing.slugs, this.nextSuffix);
    const summary = kept?.summary ?? newSummary(bookmark.extras, bookmark.highlights);
    try {
      const file = writeNote(
        this.dir,
        slug,
        {
          title,
          url: url.href,
          tags: this.tagsOf(bookmark),
          date,
          summary,
          draft: bookmark.private,
          dead: kept?.dead ?? bookmark.dead,
          exactSummary: kept !== undefined,
        },
        this.existing.aliases,
        this.options.dryRun,
      );
      this.existing.slugs.add(slug);
      this.seen.set(key, { file, fromThisImport: true });
      this.report.add('imported', file);
      if (bookmark.private) this.report.drafts += 1;
      this.countFillable(fillableOf({ title, url: url.href, summaryMarkdown: summary }));
    } catch (error) {
      this.report.add('invalid', `${shown}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * Keeps for `finish` the highlights an existing note does not show yet, beside those an earlier
   * entry of this export brought it. Whether this entry brought any.
   */
  private addHighlights(file: string, highlights: Highlight[]): boolean {
    if (highlights.length === 0) return false;
    const kept = this.highlightsFor.get(file);
    const text = kept?.text ?? readFileSync(file, 'utf8');
    const all = [...(kept?.highlights ?? []), ...highlights];
    const section = highlightsToAppend(text, all);
    if (section === undefined || section === kept?.section) return false;
    this.highlightsFor.set(file, { text, highlights: all, section });
    return true;
  }

  /**
   * Appends their highlights to the notes already there, proven first like every rewrite: only the
   * appended text differs, and the folder, with this import's notes, still passes the check. All
   * are proven together, with one check of the folder, not one a note (each check reads every note).
   */
  finish(): void {
    if (this.highlightsFor.size === 0) return;
    const edits = [...this.highlightsFor].map(([file, { section }]) => {
      const appended = `\n\n${section}\n`;
      return {
        file,
        intended: { fields: {}, appended },
        edit: (before: string) => `${before.trimEnd()}${appended}`,
      };
    });
    const checker = new ContentChecker(readFolder(this.dir));
    const outcomes = rewriteNotes(edits, checker, { dryRun: this.options.dryRun });
    edits.forEach(({ file }, index) => {
      const outcome = outcomes[index];
      if (outcome === 'written') this.report.add('highlighted', file);
      else if (outcome !== 'unchanged') this.report.add('invalid', `${file}: highlights not added: ${outcome.refused}`);
    });
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
    // url-notes' own export holds tags exactly as the notes wrote them.
    if (bookmark.kept) return bookmark.tags;
    const folders = topFolder === undefined ? bookmark.folders : bookmark.folders.slice(1);
    if (!this.options.foldersAsTags && folders.length > 0) this.report.leftFolders(folders);
    const topics = [...bookmark.tags, ...(this.options.foldersAsTags ? folders : [])].map(oneLine).filter(Boolean);
    const tags = [...(topics.length > 0 ? topics : [this.options.fallbackTag]), ...bookmark.state];
    return [...new Set(tags.map(this.tagName))];
  }
}
