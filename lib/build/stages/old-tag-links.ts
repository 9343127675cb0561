// A build stage: the original site linked tags by their raw text
// (`/url-notes/tag/large%20language%20model`). For each such spelling, the export gets a small
// page at that path that sends visitors, and search engines, on to the tag's page.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeUTF8 as escapeHtml } from 'entities';
import { getOldTagSpellings, type TagSpelling } from '@/lib/notes';
import { tagPath } from '@/lib/paths';
import { absoluteUrl, basePath, site, tagLabel } from '@/lib/site';
import type { Stage } from '../stage';

function redirectPage({ tag }: TagSpelling): string {
  const target = escapeHtml(`${basePath}${tagPath(encodeURIComponent(tag.slug))}`);
  // A canonical link must be absolute (a relative one is read against wherever the page is).
  const canonical = escapeHtml(absoluteUrl(tagPath(tag.slug)));
  const label = escapeHtml(tagLabel(tag.name));
  return `<!doctype html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${canonical}">
<link rel="icon" href="${escapeHtml(basePath)}/icon.svg" type="image/svg+xml">
<title>Moved: ${label}</title>
<style>:root{color-scheme:light dark}body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem}</style>
</head>
<body>
<p>This tag page has moved to <a href="${target}">${label}</a>.</p>
</body>
</html>
`;
}

/** Writes a page at each old spelling of a tag that sends visitors on to the tag's page. */
async function writeOldTagLinks(outDir: string): Promise<string[]> {
  let written = 0;
  for (const old of getOldTagSpellings()) {
    const folder = path.join(outDir, 'tag', old.spelling);
    // On a case-insensitive disk (macOS) `tag/LLM` is the tag's own folder `tag/llm`: leave it be.
    if (existsSync(path.join(folder, 'index.html'))) continue;
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'index.html'), redirectPage(old));
    written += 1;
  }
  console.log(`${outDir}/tag/: ${written} pages send old tag links on to their tags`);
  return [];
}

export const oldTagLinksStage: Stage = { name: 'old-tag-links', run: writeOldTagLinks };
