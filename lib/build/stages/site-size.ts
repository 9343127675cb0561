// The last build stage: prints the size of the export and warns when it is over what GitHub Pages
// allows. Only a warning: the build is good, and other hosts take larger sites.

import { siteSize, sizeReport } from '@/lib/build/site-size';
import { getAllNotes } from '@/lib/notes';
import { onGitHubActions } from '@/lib/settings/config.mjs';
import type { Stage } from '../stage';

/** Prints the size of `outDir` and how many notes would fit, with a warning when GitHub Pages may refuse it. */
async function reportSiteSize(outDir: string): Promise<string[]> {
  const { line, warning } = sizeReport(outDir, siteSize(outDir), getAllNotes().length);
  console.log(line);
  // In GitHub Actions the warning also shows on the run's summary page.
  if (warning) console.warn(onGitHubActions ? `::warning::${warning}` : `warning: ${warning}`);
  return [];
}

export const siteSizeStage: Stage = { name: 'site-size', run: reportSiteSize };
