// Every page is a document: Next.js renders it with the scripts that would hydrate it into an app,
// the same page again as an RSC payload inlined in the HTML (`self.__next_f`) and as `index.txt`
// for in-place navigation. Nothing of that is needed to read a page, so this stage removes it all:
// - every `<script>` but the ones url-notes marks as its own with `data-keep` (the `/` shortcut,
//   the search and add pages' modules), and the script preloads;
// - the Twitter card's copies of the Open Graph tags;
// - the payload files (`index.txt`, `__next.*.txt`) and the framework's JavaScript under `_next/`.
// The visible markup stays byte for byte as Next.js wrote it: only the parser's ranges are cut.
import { readdirSync, rmdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import { type ElementSpan, elementsOf, withoutElements } from '@/lib/build/html-document';
import { filesUnder, mb } from '@/lib/build/site-size';
import type { Stage } from '../stage';

/**
 * The Twitter card's copies of the Open Graph title, description and image, which Next.js writes
 * whatever the metadata says (next/dist/lib/metadata/metadata-resolution-primitives.js,
 * postProcessMetadata): X reads them from Open Graph, so a page keeps only `twitter:card`.
 */
const TWITTER_COPIES = /^twitter:(title|description|image)/;

/** Whether a page needs this element only to become an app, or repeats what another says. */
function isFrameworkOnly(element: ElementSpan): boolean {
  if (element.name === 'script') return !('data-keep' in element.attribs);
  if (element.name === 'meta') return TWITTER_COPIES.test(element.attribs.name ?? '');
  if (element.name !== 'link') return false;
  const rel = (element.attribs.rel ?? '').toLowerCase().split(/\s+/);
  return rel.includes('modulepreload') || (rel.includes('preload') && element.attribs.as === 'script');
}

/** The page without the framework's scripts and script preloads. */
export function documentWithoutScripts(html: string): string {
  return withoutElements(html, elementsOf(html).filter(isFrameworkOnly));
}

/** Whether a file of the export is a page's RSC payload or a framework script. */
function isAppOnlyFile(file: string, files: Set<string>): boolean {
  const name = path.posix.basename(file);
  if (file.startsWith('_next/') && (name.endsWith('.js') || name.endsWith('.js.map'))) return true;
  if (!name.endsWith('.txt')) return false;
  return name.startsWith('__next.') || files.has(file.replace(/\.txt$/, '.html'));
}

/**
 * Files written or deleted at once. Right after `next build` has written some 100,000 files, each
 * write and delete waits on the disk: one at a time, the 10,000-note site took 57 s here, of which
 * 15 s was CPU; with the waits overlapped, 23 s (bench/RESULTS.md).
 */
const AT_ONCE = 16;

/** Rewrites every page of `outDir` as a plain document and deletes what only the app needed. */
async function stripScripts(outDir: string): Promise<string[]> {
  const files = filesUnder(outDir);
  const names = new Set(files.map(({ file }) => file));
  const pages = files.filter(({ file }) => file.endsWith('.html'));
  await pMap(
    pages,
    async ({ file }) => {
      const html = await readFile(path.join(outDir, file), 'utf8');
      const document = documentWithoutScripts(html);
      if (document !== html) await writeFile(path.join(outDir, file), document);
    },
    { concurrency: AT_ONCE },
  );
  const removed = files.filter(({ file }) => isAppOnlyFile(file, names));
  await pMap(removed, ({ file }) => rm(path.join(outDir, file)), { concurrency: AT_ONCE });
  removeEmptyFolders(path.join(outDir, '_next'));
  const bytes = removed.reduce((sum, { bytes }) => sum + bytes, 0);
  console.log(
    `${outDir}/: ${pages.length} pages as plain documents; removed ${removed.length} app files, ${mb(bytes)}`,
  );
  return [];
}

/** The first stage: the stages after it see the pages as they are deployed. */
export const stripScriptsStage: Stage = { name: 'strip-scripts', run: stripScripts };

/** Deletes the folders that deleting the scripts left empty, the deepest first. */
function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(path.join(dir, entry.name));
  }
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}
