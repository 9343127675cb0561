// How big the export is as GitHub Pages counts it: actions/upload-pages-artifact packs `out/` into
// a tar, and actions/deploy-pages refuses a tar over 1 GB ("Uploaded artifact size of … bytes
// exceeds the allowed size of 1 GB"). Tar stores each file and folder behind a 512-byte header and
// pads its content to 512 bytes, which at 40,000 files adds tens of megabytes to the plain sum.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** GitHub Pages' limit on a published site, in bytes (1 GB, taken as 10⁹ to err on the safe side). */
export const PAGES_LIMIT_BYTES = 1e9;

const BLOCK = 512;

export type SiteSize = { files: number; bytes: number; tarBytes: number };

/** Files, their bytes, and the size of the tar that the Pages upload makes of `dir`. */
export function siteSize(dir: string): SiteSize {
  let files = 0;
  let bytes = 0;
  let tarBytes = 2 * BLOCK; // the two zero blocks that end an archive
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    tarBytes += BLOCK;
    if (!entry.isFile()) continue;
    const size = statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
    bytes += size;
    tarBytes += Math.ceil(size / BLOCK) * BLOCK;
  }
  return { files, bytes, tarBytes };
}

const mb = (bytes: number) => `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/** One line on the size, and a warning line when GitHub Pages would refuse the site. */
export function sizeReport(dir: string, size: SiteSize): { line: string; warning?: string } {
  const line = `${dir}/: ${size.files.toLocaleString('en')} files, ${mb(size.bytes)} (${mb(size.tarBytes)} as the Pages artifact)`;
  if (size.tarBytes <= PAGES_LIMIT_BYTES) return { line };
  return {
    line,
    warning: `${dir}/ is over GitHub Pages' 1 GB limit (${mb(size.tarBytes)}), so a deploy there will fail; any other static host serves it as it is (README, "Scale").`,
  };
}
