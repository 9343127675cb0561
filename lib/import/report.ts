// What an import says at the end: one line of counts, then for each outcome its count and the
// first few examples (every one with `--verbose`), so that an export of 50,000 links reads in a
// screen. Re-importing an export says "nothing new" in one line.
import { quantity } from '@/lib/text';

export type Outcome = 'imported' | 'highlighted' | 'dated' | 'duplicates' | 'invalid';

const EXAMPLES = 3;

/** The count and the lines kept for each outcome. */
export class ImportReport {
  readonly counts: Record<Outcome, number> = { imported: 0, highlighted: 0, dated: 0, duplicates: 0, invalid: 0 };
  drafts = 0;
  /** Notes imported with a title that is their URL or no summary, and of each: what `npm run enrich` can fill. */
  readonly fillable = { notes: 0, titles: 0, summaries: 0 };
  private readonly lines: Record<Outcome, string[]> = {
    imported: [],
    highlighted: [],
    dated: [],
    duplicates: [],
    invalid: [],
  };
  /** How many bookmarks sat in folders that `--folders-as-tags` would have kept, and the first few names. */
  private inFolders = 0;
  private readonly folderNames = new Set<string>();
  private moreFolders = false;

  constructor(private readonly verbose: boolean) {}

  /** Counts one outcome, keeping its line while it is among the first few (or always, verbose). */
  add(outcome: Outcome, line: string): void {
    this.counts[outcome] += 1;
    if (this.verbose || this.lines[outcome].length < EXAMPLES) this.lines[outcome].push(line);
  }

  /** Counts a bookmark whose folders were left out, as no `--folders-as-tags` asked for them. */
  leftFolders(folders: string[]): void {
    this.inFolders += 1;
    for (const folder of folders) {
      if (this.folderNames.size < EXAMPLES) this.folderNames.add(folder);
      else if (!this.folderNames.has(folder)) this.moreFolders = true;
    }
  }

  /** How many entries have an outcome: dated bookmarks are imported ones too. */
  get done(): number {
    return this.counts.imported + this.counts.highlighted + this.counts.duplicates + this.counts.invalid;
  }

  /** The report: the line of counts, then each outcome's block. */
  render(source: string, dryRun: boolean): string[] {
    const { imported, highlighted, dated, duplicates, invalid } = this.counts;
    if (imported === 0 && highlighted === 0 && duplicates > 0 && !this.verbose) {
      const also = invalid > 0 ? `, and ${invalid} skipped as invalid (--verbose says why)` : '';
      return [`${source}: nothing new; ${duplicates} already noted${also}`];
    }
    const verb = dryRun ? 'would import' : 'imported';
    const drafts = this.drafts > 0 ? ` (${this.drafts} private, as drafts)` : '';
    const blocks: [Outcome, string][] = [
      ['imported', `${verb} ${imported}${drafts}:`],
      ['highlighted', `${dryRun ? 'would add' : 'added'} highlights to ${highlighted} notes already there:`],
      ['dated', `dated ${dated} by the export's newest valid date, or today (their own was missing or garbled):`],
      ['duplicates', `skipped ${duplicates} as duplicates:`],
      ['invalid', `skipped ${invalid} as invalid:`],
    ];
    const added = highlighted > 0 ? `, ${dryRun ? 'would add' : 'added'} highlights to ${highlighted}` : '';
    const names = [...this.folderNames].map((name) => JSON.stringify(name)).join(', ');
    const { notes, titles, summaries } = this.fillable;
    const enrich =
      notes > 0
        ? [
            `npm run enrich can fill ${notes} of them from their pages: ${quantity(titles, 'title')} that ${titles === 1 ? 'is its' : 'are their'} URL, ${summaries} empty ${summaries === 1 ? 'summary' : 'summaries'}`,
          ]
        : [];
    return [
      `${source}: ${verb} ${imported}${drafts}${added}, skipped ${duplicates} as duplicates, skipped ${invalid} as invalid`,
      ...blocks.flatMap(([outcome, heading]) => this.block(outcome, heading)),
      ...(this.inFolders > 0
        ? [
            `left out the folders of ${quantity(this.inFolders, 'bookmark')} (${names}${this.moreFolders ? ', …' : ''}); --folders-as-tags keeps them as tags`,
          ]
        : []),
      ...enrich,
    ];
  }

  private block(outcome: Outcome, heading: string): string[] {
    const lines = this.lines[outcome];
    if (lines.length === 0) return [];
    const more = this.counts[outcome] - lines.length;
    return [
      heading,
      ...lines.map((line) => `  ${line}`),
      ...(more > 0 ? [`  … and ${more} more (--verbose lists them)`] : []),
    ];
  }
}
