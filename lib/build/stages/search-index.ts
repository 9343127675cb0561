// A build stage: builds the Pagefind full-text index of the note pages
// into out/pagefind/. Only elements marked `data-pagefind-body` (a note's article) are indexed.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { filesUnder } from '@/lib/build/site-size';
import { getAllNotes } from '@/lib/notes';
import { site } from '@/lib/site';
import type { Stage } from '../stage';

/** Pagefind's UI bundles and its highlighting script: `pagefind-ui.js`, `pagefind-component-ui.css`, … */
const UNUSED_BUNDLES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Indexes the note pages of `outDir` into `outDir/pagefind/`. */
async function buildSearchIndex(outDir: string): Promise<string[]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: site.language, includeCharacters: '+#' });
  if (!index) return [`${outDir}/pagefind: ${errors.join('; ')}`];
  // With no page marked `data-pagefind-body`, Pagefind would index every page: a site with no
  // notes yet gets an empty index instead, and its search page finds nothing.
  const added = getAllNotes().length > 0 ? await index.addDirectory({ path: outDir }) : { errors: [] };
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  const problems = [...added.errors, ...written.errors];
  await pagefind.close();
  if (problems.length > 0) return [`${outDir}/pagefind: ${problems.join('; ')}`];
  // Pagefind writes its ready-made interfaces too; the search page (lib/browser/search.ts) uses none.
  for (const file of readdirSync(path.join(outDir, 'pagefind'))) {
    if (UNUSED_BUNDLES.test(file)) rmSync(path.join(outDir, 'pagefind', file));
  }
  const bytes = filesUnder(path.join(outDir, 'pagefind')).reduce((sum, { bytes }) => sum + bytes, 0);
  // One fragment per indexed page: Pagefind's page count includes the pages it skipped.
  const fragments = path.join(outDir, 'pagefind', 'fragment');
  const notes = existsSync(fragments) ? readdirSync(fragments).length : 0;
  console.log(`${outDir}/pagefind/: ${notes} note pages indexed, ${(bytes / 1024).toFixed(0)} KiB in all`);
  return [];
}

export const searchIndexStage: Stage = { name: 'search-index', run: buildSearchIndex };
