// `import --dry-run`'s last line: how large the site would be with the new notes and whether it
// still fits GitHub Pages' 1 GB, by the rule the build's own size line uses (lib/build/site-size.ts:
// the Pages artifact grows in proportion to the notes), scaled from the last build in `out/` or,
// with none, from a measured build of imported bookmarks.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { mb, notesThatFit, PAGES_LIMIT_BYTES, type SiteSize, siteSize } from '@/lib/build/site-size';

/**
 * The build of two real exports imported (4,974 Pocket and 4,218 Instapaper links, titles and
 * tags, few summaries; docs/importing.md), measured with `npm run build` (bench/RESULTS.md,
 * "Importing").
 */
const IMPORTED_SAMPLE: { notes: number; size: SiteSize } = {
  notes: 9192,
  size: { files: 21_052, bytes: 135_795_939, tarBytes: 157_173_760 },
};

/** The site measured: the last build when `out/` holds one, else the sample. */
function measured(outDir: string): { notes: number; size: SiteSize; basis: string } {
  const notePages = path.join(outDir, 'note');
  const built = existsSync(notePages) ? readdirSync(notePages).length : 0;
  if (built > 0)
    return {
      notes: built,
      size: siteSize(outDir),
      basis: `the last build in ${outDir}/ (${built.toLocaleString('en')} notes)`,
    };
  return { ...IMPORTED_SAMPLE, basis: 'a measured build of imported bookmarks (no build in out/ to measure)' };
}

/** One line: the site's size with `notes` published notes, and whether GitHub Pages takes it. */
export function sizeEstimate(outDir: string, notes: number): string {
  const { notes: base, size, basis } = measured(outDir);
  const bytes = (size.tarBytes * notes) / base;
  const fits = notesThatFit(base, size).toLocaleString('en');
  const verdict =
    bytes <= PAGES_LIMIT_BYTES
      ? `within GitHub Pages' 1 GB (about ${fits} notes like these would fit)`
      : `over GitHub Pages' 1 GB (about ${fits} notes like these fit), so a deploy there may fail; see docs/importing.md`;
  return `the site would have ${notes.toLocaleString('en')} notes, about ${mb(bytes)} as the Pages artifact: ${verdict}; estimated from ${basis}`;
}
