// Every page is a document: Next.js renders it with the scripts that would hydrate it into an app,
// the same page again as an RSC payload inlined in the HTML (`self.__next_f`) and as `index.txt`
// for in-place navigation. Nothing of that is needed to read a page, so this stage removes it all:
// - every `<script>` but the ones url-notes marks as its own with `data-keep` (the `/` shortcut,
//   the search page's module), and the script preloads;
// - the payload files (`index.txt`, `__next.*.txt`) and the framework's JavaScript under `_next/`.
// The visible markup stays byte for byte as Next.js wrote it: only the parser's ranges are cut.
import { readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type ElementSpan, elementsOf, withoutElements } from '@/lib/html-document';
import { filesUnder, mb } from '@/lib/site-size';

/** Whether a page needs this element only to become an app. */
function isFrameworkOnly(element: ElementSpan): boolean {
  if (element.name === 'script') return !('data-keep' in element.attribs);
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

/** Rewrites every page of `outDir` as a plain document and deletes what only the app needed. */
export function stripScripts(outDir: string): void {
  const files = filesUnder(outDir);
  const names = new Set(files.map(({ file }) => file));
  let pages = 0;
  for (const { file } of files.filter(({ file }) => file.endsWith('.html'))) {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    const document = documentWithoutScripts(html);
    if (document !== html) writeFileSync(path.join(outDir, file), document);
    pages += 1;
  }
  const removed = files.filter(({ file }) => isAppOnlyFile(file, names));
  for (const { file } of removed) rmSync(path.join(outDir, file));
  removeEmptyFolders(path.join(outDir, '_next'));
  const bytes = removed.reduce((sum, { bytes }) => sum + bytes, 0);
  console.log(`${outDir}/: ${pages} pages as plain documents; removed ${removed.length} app files, ${mb(bytes)}`);
}

/** Deletes the folders that deleting the scripts left empty, the deepest first. */
function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(path.join(dir, entry.name));
  }
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}
