// Run by `npm run build` after `next build`: removes the files of the export that no visitor's
// browser ever requests, which at 10,000 notes were nearly two fifths of the site (bench/RESULTS.md).
// - `__next._full.txt`: a second copy of each page's `index.txt`; the Next.js 16 client reads
//   `index.txt` and never this file in a static export.
// - the prefetch files (`__next._tree.txt`, `__next.<segment>.txt`): only a prefetching link
//   requests them, and every link of the site is a SiteLink, which never prefetches; a click
//   fetches the target's `index.txt`.
// The browser tests walk the site with navigation in place and fail on any 404.
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { mb } from '../lib/site-size';

const outDir = process.env.OUT_DIR || 'out';
let removed = 0;
let bytes = 0;

function remove(file: string) {
  bytes += statSync(file).size;
  rmSync(file);
  removed += 1;
}

for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
  const name = path.basename(file);
  if (name.startsWith('__next.') && name.endsWith('.txt')) {
    remove(path.join(outDir, file));
  }
}
console.log(`${outDir}/: removed ${removed} payload files that nothing requests, ${mb(bytes)}`);
