// Bundles the /add/ page's script (lib/add/page-script.ts) into `<out>/add.js`, so that the page
// checks a note by the same functions as `npm run new` and `npm run check` rather than a copy of
// them. Runs before the reference check, which then finds the page's `add.js`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Stage } from '../stage';

/** The most the page's script may weigh, gzipped: the budget for a page of its own script. */
export const ADD_SCRIPT_BUDGET = 15 * 1024;

/** Writes `<outDir>/add.js`; a problem line when it is over budget. */
async function bundleAddPage(outDir: string): Promise<string[]> {
  const outfile = path.join(outDir, 'add.js');
  await build({
    entryPoints: ['lib/add/page-script.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    target: ['chrome111', 'firefox115', 'safari16.4'],
    logLevel: 'warning',
  });
  const gzipBytes = gzipSync(readFileSync(outfile)).length;
  console.log(`${outDir}/add.js: ${(gzipBytes / 1024).toFixed(1)} KB gzipped`);
  return gzipBytes > ADD_SCRIPT_BUDGET
    ? [`${outfile}: ${gzipBytes} bytes gzipped, over the ${ADD_SCRIPT_BUDGET}-byte budget`]
    : [];
}

export const addPageStage: Stage = { name: 'add-page', run: bundleAddPage };
