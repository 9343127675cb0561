// One stylesheet a page. Next.js links a page's CSS as one file for the root layout and one for
// the page's own components: Turbopack's graph chunking (next.config.mjs) merges no further, since
// the layout's rules must come first. Every page of the site then asks for two files. Joining a
// page's files, in the order it links them, into one keeps the cascade exactly as it was and saves
// a request and a link on every page; pages that link the same files share the joined one.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ElementSpan, relOf } from '@/lib/build/html-document';

/** Where a page's own files are addressed from: the export's `_next/` folder under the base path. */
const OWN_FILES = '/_next/';

/** A `<link rel="stylesheet">` of one of the export's own files. */
export function isOwnStylesheet(element: ElementSpan): boolean {
  if (element.name !== 'link') return false;
  const rel = relOf(element);
  const href = element.attribs.href ?? '';
  return rel.includes('stylesheet') && href.startsWith('/') && href.includes(OWN_FILES);
}

/** The export's file that a link's address names: `/base/_next/x.css` → `_next/x.css`. */
const fileOf = (href: string) => href.slice(href.indexOf(OWN_FILES) + 1);

/**
 * The joined stylesheets of one export: `hrefFor` writes each distinct list of files once, into
 * the output folder, and remembers which files it joined and which a page still links alone.
 */
export class JoinedStylesheets {
  private readonly written = new Map<string, Promise<string | undefined>>();
  private readonly joined = new Set<string>();
  private readonly linkedAlone = new Set<string>();

  /** `from`: the export's folder, where the files are read; `outDir`: where joined files are written. */
  constructor(
    private readonly from: string,
    private readonly outDir: string,
  ) {}

  /** Notes that a page links this file on its own, so the file stays. */
  keep(href: string): void {
    this.linkedAlone.add(fileOf(href));
  }

  /**
   * The address of one file holding the files of `hrefs`, in order (all under the same base path),
   * or undefined when they cannot be joined.
   */
  hrefFor(hrefs: string[]): Promise<string | undefined> {
    const key = hrefs.join('\n');
    let href = this.written.get(key);
    if (!href) {
      href = this.write(hrefs);
      this.written.set(key, href);
    }
    return href;
  }

  /** Whether an export's file is a stylesheet that only joined files hold now. */
  isJoinedAway(file: string): boolean {
    return this.joined.has(file) && !this.linkedAlone.has(file);
  }

  private async write(hrefs: string[]): Promise<string | undefined> {
    const files = hrefs.map(fileOf);
    // The joined file lives in the first one's folder, where the others' relative url()s would not hold.
    if (files.some((file) => path.posix.dirname(file) !== path.posix.dirname(files[0]))) return undefined;
    const parts = await Promise.all(files.map((file) => readFile(path.join(this.from, file), 'utf8')));
    // Rules that must open a stylesheet would be void in the middle of a joined one.
    if (parts.slice(1).some((part) => /@(import|charset|namespace)\b/i.test(part))) return undefined;
    for (const file of files) this.joined.add(file);
    const css = parts.map((part) => part.trimEnd()).join('\n');
    // Named by content like Next.js's own files, so that a changed stylesheet is a new address.
    const name = `${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
    const file = path.posix.join(path.posix.dirname(files[0]), name);
    await writeFile(path.join(this.outDir, file), `${css}\n`);
    return `${hrefs[0].slice(0, hrefs[0].indexOf(OWN_FILES) + 1)}${file}`;
  }
}
