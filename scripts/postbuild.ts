// Run by `npm run build` after `next build`: turns Next.js's export into the site that is deployed,
// one stage after another, each a file in scripts/postbuild/. A stage that finds a problem prints
// one line per problem and the build fails.
import { getAllNotes } from '../lib/notes';
import { siteUrl } from '../lib/site';
import { missingReferences } from './postbuild/check-references';
import { writeOldTagLinks } from './postbuild/old-tag-links';
import { buildSearchIndex } from './postbuild/search-index';
import { reportSiteSize } from './postbuild/site-size';
import { stripScripts } from './postbuild/strip-scripts';

// Tests build a fixture site into a folder of their own.
const outDir = process.env.OUT_DIR || 'out';

// Pages become plain documents first, so that the stages after it see the pages as deployed.
stripScripts(outDir);
writeOldTagLinks(outDir);
// Pagefind indexes in a process of its own while the references are checked: neither writes a page.
const [, missing] = await Promise.all([buildSearchIndex(outDir), missingReferences(outDir, siteUrl)]);
if (missing.length > 0) {
  for (const line of missing) console.error(line);
  process.exit(1);
}
reportSiteSize(outDir, getAllNotes().length);
