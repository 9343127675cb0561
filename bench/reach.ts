// `npx tsx bench/reach.ts <out folder> [base path]`: how many clicks a reader needs to reach every
// page of the site's longest lists, following the links the pages show: the home index from `/`,
// and the largest tag's pages from its first. Also the size of `/tags/`. A benchmark, not a test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { elementsOf } from '@/lib/build/html-document';
import { filesUnder } from '@/lib/build/site-size';

const [dir, base = '/url-notes'] = process.argv.slice(2);
if (!dir) throw new Error('usage: npx tsx bench/reach.ts <out folder> [base path]');

const pages = new Set(
  filesUnder(dir)
    .map(({ file }) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`),
);

/** The site paths a page links to, among the exported pages. */
function linksOf(page: string): string[] {
  const html = readFileSync(path.join(dir, page, 'index.html'), 'utf8');
  return elementsOf(html)
    .filter(({ name, attribs }) => name === 'a' && attribs.href?.startsWith(`${base}/`))
    .map(({ attribs }) => decodeURIComponent(new URL(attribs.href, 'http://site').pathname).slice(base.length))
    .filter((href) => pages.has(href));
}

/** The most clicks from `start` to any page of `list`, moving through pages of `list` only. */
function worstClicks(start: string, list: (page: string) => boolean): { pages: number; worst: number } {
  const depth = new Map([[start, 0]]);
  const queue = [start];
  for (let at = 0; at < queue.length; at += 1) {
    for (const next of linksOf(queue[at])) {
      if (depth.has(next) || !list(next)) continue;
      depth.set(next, (depth.get(queue[at]) ?? 0) + 1);
      queue.push(next);
    }
  }
  const all = [...pages].filter(list);
  const unreached = all.filter((page) => !depth.has(page)).length;
  if (unreached > 0) console.log(`  ${unreached} of ${all.length} pages not reached from ${start}`);
  return { pages: all.length, worst: Math.max(...depth.values()) };
}

const home = worstClicks('/', (page) => page === '/' || /^\/(page\/\d+|pages)\/$/.test(page));
const tagPages = new Map<string, number>();
for (const page of pages) {
  const tag = /^\/tag\/([^/]+)\/(page\/\d+\/)?$/.exec(page)?.[1];
  if (tag) tagPages.set(tag, (tagPages.get(tag) ?? 0) + 1);
}
const [largest] = [...tagPages].sort((a, b) => b[1] - a[1])[0] ?? [];
const tag = largest ? worstClicks(`/tag/${largest}/`, (page) => page.startsWith(`/tag/${largest}/`)) : undefined;
const tags = readFileSync(path.join(dir, 'tags', 'index.html'));
console.log(
  [
    `home index: ${home.pages} pages, every one within ${home.worst} clicks of /`,
    tag ? `largest tag (${largest}): ${tag.pages} pages, every one within ${tag.worst} clicks of its first` : 'no tags',
    `/tags/: ${(tags.length / 1e3).toFixed(1)} KB, ${(gzipSync(tags).length / 1e3).toFixed(1)} KB gzip`,
  ].join('\n'),
);
