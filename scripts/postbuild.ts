// Run by `npm run build` after `next build`: turns Next.js's export into the site that is deployed,
// one stage after another, each a file in scripts/postbuild/. A stage that finds a problem prints
// one line per problem and the build fails.
import { outDir } from '@/lib/config.mjs';
import { getAllNotes } from '@/lib/notes';
import { siteUrl } from '@/lib/site';
import { bundleAddPage } from '@/scripts/postbuild/add-page';
import { missingReferences } from '@/scripts/postbuild/check-references';
import { writeOldTagLinks } from '@/scripts/postbuild/old-tag-links';
import { buildSearchIndex } from '@/scripts/postbuild/search-index';
import { reportSiteSize } from '@/scripts/postbuild/site-size';
import { stripScripts } from '@/scripts/postbuild/strip-scripts';

// Pages become plain documents first, so that the stages after it see the pages as deployed.
await stripScripts(outDir);
writeOldTagLinks(outDir);
const addScript = await bundleAddPage(outDir);
if (addScript.problem) {
  console.error(addScript.problem);
  process.exit(1);
}
// Pagefind indexes in a process of its own while the references are checked: neither writes a page.
const [, missing] = await Promise.all([buildSearchIndex(outDir), missingReferences(outDir, siteUrl)]);
if (missing.length > 0) {
  for (const line of missing) console.error(line);
  process.exit(1);
}
reportSiteSize(outDir, getAllNotes().length);
