// Every page is a document: Next.js renders it with the scripts that would hydrate it into an app,
// the same page again as an RSC payload inlined in the HTML (`self.__next_f`) and as `index.txt`
// for in-place navigation. Nothing of that is needed to read a page, so this stage keeps only the
// documents:
// - every `<script>` but the ones url-notes marks as its own with `data-keep` (the `/` shortcut,
//   the search and add pages' modules), and the script preloads, are cut from the pages;
// - so are the Twitter card's copies of the Open Graph tags;
// - a page's stylesheets are joined into one file (lib/build/joined-stylesheets.ts);
// - the payload files (`index.txt`, `__next.*.txt`) and the framework's JavaScript under `_next/`
//   are left out.
// Next.js writes the export either into the output folder, where the stage works in place, or into
// a folder in memory (lib/build/export-folder.ts), from which it writes only the documents into the
// output folder: then the payloads, most of the export's bytes, never reach the disk.
// The visible markup stays byte for byte as Next.js wrote it: only the parser's ranges are cut, and
// a page's first stylesheet link is replaced by the joined file's.
import { mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { escapeAttribute } from 'entities';
import pMap from 'p-map';
import { type ElementSpan, elementsOf, relOf, withElementsReplaced } from '@/lib/build/html-document';
import { isOwnStylesheet, JoinedStylesheets } from '@/lib/build/joined-stylesheets';
import { type FileEntry, filesUnder, mb } from '@/lib/build/site-size';
import { AT_ONCE, type Stage } from '../stage';

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
  const rel = relOf(element);
  return rel.includes('modulepreload') || (rel.includes('preload') && element.attribs.as === 'script');
}

/** The page as a document: without the framework's scripts, and its stylesheets joined into one. */
export async function documentOf(html: string, stylesheets: JoinedStylesheets): Promise<string> {
  const elements = elementsOf(html);
  const replaced = elements.filter(isFrameworkOnly).map((element) => ({ element, text: '' }));
  const links = elements.filter(isOwnStylesheet);
  const joined = links.length > 1 ? await stylesheets.hrefFor(links.map((link) => link.attribs.href)) : undefined;
  if (joined === undefined) {
    for (const link of links) stylesheets.keep(link.attribs.href);
    return withElementsReplaced(html, replaced);
  }
  const [first, ...rest] = links;
  replaced.push({ element: first, text: `<link rel="stylesheet" href="${escapeAttribute(joined)}"/>` });
  for (const element of rest) replaced.push({ element, text: '' });
  return withElementsReplaced(html, replaced);
}

/** Whether a file of the export is a page's RSC payload or a framework script. */
function isAppOnlyFile(file: string, files: Set<string>): boolean {
  const name = path.posix.basename(file);
  if (file.startsWith('_next/') && (name.endsWith('.js') || name.endsWith('.js.map'))) return true;
  if (!name.endsWith('.txt')) return false;
  return name.startsWith('__next.') || files.has(file.replace(/\.txt$/, '.html'));
}

/** A stylesheet of the export's own, which pages may have joined into another. */
const isOwnCss = (file: string) => file.startsWith('_next/') && file.endsWith('.css');

/**
 * Writes `kept` files of the export in `from` into `outDir`, pages as documents, and copies the
 * rest unless in place; resolves to the stylesheets that only joined files hold now, left out.
 */
async function writeDocuments(kept: FileEntry[], from: string, outDir: string): Promise<FileEntry[]> {
  const inPlace = from === outDir;
  if (!inPlace) {
    rmSync(outDir, { recursive: true, force: true });
    for (const folder of new Set(kept.map(({ file }) => path.dirname(path.join(outDir, file)))))
      mkdirSync(folder, { recursive: true });
  }
  const stylesheets = new JoinedStylesheets(from, outDir);
  await pMap(
    kept.filter(({ file }) => !isOwnCss(file)),
    async ({ file }) => {
      const source = path.join(from, file);
      const target = path.join(outDir, file);
      if (!file.endsWith('.html')) {
        if (!inPlace) await copyFile(source, target);
        return;
      }
      const html = await readFile(source, 'utf8');
      const document = await documentOf(html, stylesheets);
      if (!inPlace || document !== html) await writeFile(target, document);
    },
    { concurrency: AT_ONCE },
  );
  // Once every page is written, it is known which stylesheets a page still links.
  const css = kept.filter(({ file }) => isOwnCss(file));
  const joinedAway = css.filter(({ file }) => stylesheets.isJoinedAway(file));
  const stay = css.filter(({ file }) => !stylesheets.isJoinedAway(file));
  if (inPlace) await pMap(joinedAway, ({ file }) => rm(path.join(outDir, file)), { concurrency: AT_ONCE });
  else
    await pMap(stay, ({ file }) => copyFile(path.join(from, file), path.join(outDir, file)), { concurrency: AT_ONCE });
  return joinedAway;
}

/** Makes `outDir` the export in `from` as plain documents, without what only the app needed. */
async function keepDocuments(from: string, outDir: string): Promise<string[]> {
  const files = filesUnder(from);
  const names = new Set(files.map(({ file }) => file));
  const removed = files.filter(({ file }) => isAppOnlyFile(file, names));
  const kept = files.filter(({ file }) => !isAppOnlyFile(file, names));
  const joinedAway = await writeDocuments(kept, from, outDir);
  if (from === outDir) {
    await pMap(removed, ({ file }) => rm(path.join(outDir, file)), { concurrency: AT_ONCE });
    removeEmptyFolders(path.join(outDir, '_next'));
  } else rmSync(from, { recursive: true, force: true });
  const pages = kept.filter(({ file }) => file.endsWith('.html')).length;
  const bytes = removed.reduce((sum, { bytes }) => sum + bytes, 0);
  const where = from === outDir ? '' : ` (written from ${from})`;
  console.log(
    `${outDir}/: ${pages} pages as plain documents${where}; left out ${removed.length} app files, ${mb(bytes)}` +
      (joinedAway.length > 0 ? `; ${joinedAway.length} stylesheets only in joined ones, left out` : ''),
  );
  return [];
}

/**
 * The first stage: the stages after it see the pages as they are deployed. `from` is where Next.js
 * wrote the export, when not into the output folder itself; the stage deletes it when done.
 */
export function stripScriptsStage(from?: string): Stage {
  return { name: 'strip-scripts', run: (outDir) => keepDocuments(from ?? outDir, outDir) };
}

/** Deletes the folders that deleting the scripts left empty, the deepest first. */
function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(path.join(dir, entry.name));
  }
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}
