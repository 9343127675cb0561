// The last guard before a deploy: every address a page points to within the site (a link, a form,
// an image, a stylesheet, a kept script, its canonical URL) must be a file of the export. Run after
// the stages that delete files, it fails the build on what they, or a page, got wrong.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { elementsOf } from '@/lib/build/html-document';
import { filesUnder } from '@/lib/build/site-size';
import { siteUrl } from '@/lib/site';
import type { Stage } from '../stage';

const ATTRIBUTES = ['href', 'src', 'srcset', 'action'] as const;

/** The file of `outDir` that serves `url`, if it is an address of the site at all. */
function fileFor(url: URL, site: URL, outDir: string): string | undefined {
  if (url.origin !== site.origin || !url.pathname.startsWith(site.pathname)) return undefined;
  const route = decodeURIComponent(url.pathname.slice(site.pathname.length));
  return path.join(outDir, route === '' || route.endsWith('/') ? `${route}index.html` : route);
}

/** The URL, or null when it is not one (`URL.parse` is newer than the Node.js url-notes supports). */
function parseUrl(address: string, base: URL): URL | null {
  try {
    return new URL(address, base);
  } catch {
    return null;
  }
}

/** Whether a static host serves this file: a folder stands for its `index.html`. */
function exists(file: string | null): boolean {
  if (file === null || !existsSync(file)) return false;
  return statSync(file).isFile() || existsSync(path.join(file, 'index.html'));
}

/** The addresses in one attribute: a `srcset` lists several, each before its size. */
function addresses(attribute: string, value: string): string[] {
  if (attribute !== 'srcset') return [value];
  return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
}

/**
 * One `file: attribute: address does not exist` line for each reference of an exported page to
 * a file of the site that is not in `outDir`. `siteUrl` is the address the export is served at
 * (`https://example.org/url-notes`); paths resolve against it, and absolute URLs under it count.
 */
export async function missingReferences(outDir: string, siteUrl: string): Promise<string[]> {
  const site = new URL(`${siteUrl.replace(/\/+$/, '')}/`);
  const problems: string[] = [];
  // The pages are listed before the first await: the search index may be writing into outDir later.
  for (const { file } of filesUnder(outDir).filter(({ file }) => file.endsWith('.html'))) {
    // One page at a time, so that the search index, built at the same time, gets its turns.
    await nextTurn();
    const page = new URL(file.replace(/(^|\/)index\.html$/, '$1'), site);
    for (const element of elementsOf(readFileSync(path.join(outDir, file), 'utf8'))) {
      for (const attribute of ATTRIBUTES) {
        const value = element.attribs[attribute];
        if (value === undefined) continue;
        for (const address of addresses(attribute, value)) {
          const url = parseUrl(address, page);
          const target = url && fileFor(url, site, outDir);
          if (target === undefined || exists(target)) continue;
          problems.push(`${path.join(outDir, file)}: ${attribute}: ${address} does not exist`);
        }
      }
    }
  }
  return problems;
}

/** Runs while the search index is built: it reads the pages, and yields to Pagefind between them. */
export const checkReferencesStage: Stage = {
  name: 'check-references',
  run: (outDir) => missingReferences(outDir, siteUrl),
};
