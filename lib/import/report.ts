// What an import says at the end: one line of counts, then for each outcome its count and the
// first few examples (every one with `--verbose`), so that an export of 50,000 links reads in a
// screen. Re-importing an export says "nothing new" in one line.

export type Outcome = 'imported' | 'dated' | 'duplicates' | 'invalid';

const EXAMPLES = 3;

/** The count and the lines kept for each outcome. */
export class ImportReport {
  readonly counts: Record<Outcome, number> = { imported: 0, dated: 0, duplicates: 0, invalid: 0 };
  drafts = 0;
  /** Notes imported with a title that is their URL or no summary, and of each: what `npm run enrich` can fill. */
  readonly fillable = { notes: 0, titles: 0, summaries: 0 };
  private readonly lines: Record<Outcome, string[]> = { imported: [], dated: [], duplicates: [], invalid: [] };

  constructor(private readonly verbose: boolean) {}

  /** Counts one outcome, keeping its line while it is among the first few (or always, verbose). */
  add(outcome: Outcome, line: string): void {
    this.counts[outcome] += 1;
    if (this.verbose || this.lines[outcome].length < EXAMPLES) this.lines[outcome].push(line);
  }

  /** How many entries have an outcome: dated bookmarks are imported ones too. */
  get done(): number {
    return this.counts.imported + this.counts.duplicates + this.counts.invalid;
  }

  /** The report: the line of counts, then each outcome's block. */
  render(source: string, dryRun: boolean): string[] {
    const { imported, dated, duplicates, invalid } = this.counts;
    if (imported === 0 && duplicates > 0 && !this.verbose) {
      const also = invalid > 0 ? `, and ${invalid} skipped as invalid (--verbose says why)` : '';
      return [`${source}: nothing new; ${duplicates} already noted${also}`];
    }
    const verb = dryRun ? 'would import' : 'imported';
    const drafts = this.drafts > 0 ? ` (${this.drafts} private, as drafts)` : '';
    const blocks: [Outcome, string][] = [
      ['imported', `${verb} ${imported}${drafts}:`],
      ['dated', `dated ${dated} by the export's newest valid date, or today (their own was missing or garbled):`],
      ['duplicates', `skipped ${duplicates} as duplicates:`],
      ['invalid', `skipped ${invalid} as invalid:`],
    ];
    const { notes, titles, summaries } = this.fillable;
    const enrich =
      notes > 0
        ? [
            `npm run enrich can fill ${notes} of them from their pages: ${titles} titles that are their URL, ${summaries} empty summaries`,
          ]
        : [];
    return [
      `${source}: ${verb} ${imported}${drafts}, skipped ${duplicates} as duplicates, skipped ${invalid} as invalid`,
      ...blocks.flatMap(([outcome, heading]) => this.block(outcome, heading)),
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
