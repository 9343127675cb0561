// The last post-build stage (scripts/postbuild.ts): prints the size of the export and warns when it is over what GitHub
// Pages allows. Only a warning: the build is good, and other hosts take larger sites.
import { onGitHubActions } from '@/lib/config.mjs';
import { siteSize, sizeReport } from '@/lib/site-size';

/** Prints the size of `outDir` and how many notes would fit, with a warning when GitHub Pages may refuse it. */
export function reportSiteSize(outDir: string, notes: number): void {
  const { line, warning } = sizeReport(outDir, siteSize(outDir), notes);
  console.log(line);
  // In GitHub Actions the warning also shows on the run's summary page.
  if (warning) console.warn(onGitHubActions ? `::warning::${warning}` : `warning: ${warning}`);
}
