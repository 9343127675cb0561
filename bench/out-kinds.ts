// What an export is made of, by the kind of file a reader or a host deals with: the pages, the
// feeds, the search index and everything else (styles, images, `/add/`'s data, what a stage left).
import type { FileEntry } from '@/lib/build/site-size';

/** A feed of the site or of a tag: `feed.xml`, `feed.json`, `atom.xml`. */
export const FEED_FILE = /(^|\/)(feed\.(xml|json)|atom\.xml)$/;

export type OutKinds = { html: number; feeds: number; search: number; other: number };

/** Bytes of `files` (paths relative to the export) by kind. */
export function bytesByKind(files: FileEntry[]): OutKinds {
  const kinds: OutKinds = { html: 0, feeds: 0, search: 0, other: 0 };
  for (const { file, bytes } of files) {
    if (file.startsWith('pagefind/')) kinds.search += bytes;
    else if (file.endsWith('.html')) kinds.html += bytes;
    else if (FEED_FILE.test(file)) kinds.feeds += bytes;
    else kinds.other += bytes;
  }
  return kinds;
}
