// The /add/ page's rules, with no Node.js imports so that the page's script bundles them: the form
// becomes a note file, checked by the rules of `npm run check` that a browser can apply (the field
// checks of lib/content/schema.ts, the slug and tag rules of `npm run new`, a duplicate URL against
// the site's own index).

import { noteMarkdown, noteSlug, oneLine, tagNamer, uniqueSlug } from '@/lib/authoring/new-note';
import { checkFields } from '@/lib/content/schema';
import { characters } from '@/lib/text';
import { normalizeUrl, parseWebUrl } from '@/lib/urls';

/** Every published note as `[normalised URL, slug]`: the file `/add/notes.json`, fetched by the page. */
export type NotedUrls = [string, string][];

/**
 * What the site tells the /add/ page, as JSON in the page: what the first paint needs, of a size
 * that does not grow with the notes. The notes themselves come from `notesPath`.
 */
export type AddPageData = {
  /** The address of the notes' list (NotedUrls), under the base path. */
  notesPath: string;
  /** Every tag as `[slug, name]`. */
  tags: [string, string][];
  /** `owner/name`, or null when the build was not told (the page says where to set it). */
  repository: string | null;
  branch: string;
};

/** The form as typed: tags are one comma-separated line. */
export type AddForm = { url: string; title: string; tags: string; date: string; summary: string };

/** One problem with one field, as `npm run check` words it. */
export type FieldProblem = { field: string; message: string };

/** The note the form makes: its file under `content/`, its markdown, and what stops it. */
export type AddDraft = { file: string; markdown: string; problems: FieldProblem[] };

/** The tags of a comma-separated line, each spelt as the site already spells it, without repeats. */
export function formTags(text: string, knownTags: [string, string][]): string[] {
  const name = tagNamer(new Map(knownTags));
  const tags = text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '')
    .map(name);
  return [...new Set(tags)];
}

/** The fetched notes' list, or null when it is not the `[[url, slug], …]` the build writes. */
export function parseNotedUrls(value: unknown): NotedUrls | null {
  if (!Array.isArray(value)) return null;
  const notes: NotedUrls = [];
  for (const entry of value) {
    if (!Array.isArray(entry) || entry.length !== 2) return null;
    const [url, slug] = entry;
    if (typeof url !== 'string' || typeof slug !== 'string') return null;
    notes.push([url, slug]);
  }
  return notes;
}

/** The note file the form makes, with every problem `npm run check` would find that a browser can. */
export function draftFromForm(form: AddForm, site: { notes: NotedUrls; tags: AddPageData['tags'] }): AddDraft {
  const problems: FieldProblem[] = [];
  const title = oneLine(form.title);
  const tags = formTags(form.tags, site.tags);
  const date = form.date.trim();
  const checked = checkFields({ title, url: form.url.trim(), tags, date }, (field, message) =>
    problems.push({ field, message }),
  );
  const url = parseWebUrl(form.url);
  const slugs = new Set(site.notes.map(([, slug]) => slug));
  const slug = url === null ? 'note' : uniqueSlug(noteSlug(title, url.href), slugs);
  if (url !== null) {
    const key = normalizeUrl(url.href);
    const earlier = site.notes.find(([noted]) => noted === key);
    if (earlier) {
      problems.push({ field: 'url', message: `already noted in content/${earlier[1]}.md; add to that note instead` });
    }
  }
  const markdown = noteMarkdown({
    title: checked?.title ?? title,
    url: checked?.url.href ?? form.url.trim(),
    tags,
    date,
    summary: form.summary,
  });
  return { file: `content/${slug}.md`, markdown, problems };
}

/**
 * The longest whole address to hand GitHub. GitHub documents no limit for its new-file page; 8,000
 * characters is what its servers and every browser are known to accept (HTTP/1.1 servers commonly
 * answer 414 past 8 KB of request line).
 */
export const MAX_GITHUB_URL_LENGTH = 8000;

/**
 * GitHub's new-file page with the file's name and content filled in: the `filename` and `value`
 * query parameters, which GitHub's editor reads (as Gitea and GitLab copied them).
 */
export function newFileUrl(repository: string, branch: string, file: string, content: string): string {
  const branchPath = branch.split('/').map(encodeURIComponent).join('/');
  const url = new URL(`https://github.com/${repository}/new/${branchPath}`);
  url.searchParams.set('filename', file);
  url.searchParams.set('value', content);
  return url.href;
}

/** What a summary becomes when it is cut: the kept part and this line, so the file says so too. */
export const CUT_MARK = '\n\n…';

/** GitHub's new-file link for a note: `href` null when even the note without its summary is too long. */
export type FittedLink = {
  href: string | null;
  /** How many characters of the summary (as people count them) are left out of `href`. */
  cut: number;
  /** The length of the link with the whole note, as GitHub receives it: percent-encoded. */
  length: number;
};

/**
 * The new-file address for a note, within MAX_GITHUB_URL_LENGTH as encoded: when the whole note would
 * not fit, the summary is cut between two characters (an emoji sequence is never split), the longest
 * part that fits, and `cut` counts the characters left out, so that the page can say so. When the
 * front matter alone is too long (a long title or tags in a script that encodes to 9 bytes a character),
 * there is no link: `href` is null.
 */
export function fittedNewFileUrl(
  repository: string,
  branch: string,
  file: string,
  markdown: string,
  summary: string,
): FittedLink {
  const whole = newFileUrl(repository, branch, file, markdown);
  if (whole.length <= MAX_GITHUB_URL_LENGTH) return { href: whole, cut: 0, length: whole.length };
  const kept = characters(summary.trimEnd());
  const start = markdown.lastIndexOf(summary.trimEnd());
  const head = markdown.slice(0, start);
  const withSummary = (count: number) =>
    newFileUrl(repository, branch, file, `${head}${kept.slice(0, count).join('').trimEnd()}${CUT_MARK}\n`);
  if (withSummary(0).length > MAX_GITHUB_URL_LENGTH) return { href: null, cut: kept.length, length: whole.length };
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (withSummary(middle).length <= MAX_GITHUB_URL_LENGTH) low = middle;
    else high = middle - 1;
  }
  return { href: withSummary(low), cut: kept.length - low, length: whole.length };
}

/**
 * The bookmarklet: opens the /add/ page at `addPageUrl` in a new tab with the current page's
 * address, title and selected text, its first 500 characters: a whole article selected would make
 * an address longer than servers accept (GitHub Pages and the preview answer 414). `%` is written `%25` because browsers percent-decode a
 * `javascript:` URL before they run it.
 */
export function bookmarklet(addPageUrl: string): string {
  const code = [
    '(()=>{',
    `const a=new URL(${JSON.stringify(addPageUrl)}),p=a.searchParams;`,
    "p.set('url',location.href);p.set('title',document.title);p.set('text',String(getSelection()).slice(0,500));",
    "window.open(a.href,'_blank','noopener')",
    '})()',
  ].join('');
  return `javascript:${code.replaceAll('%', '%25')}`;
}

/** The summary a note starts with when text was selected: that text as its first bullet. */
export function summaryWithQuote(selected: string, skeleton: string): string {
  const quote = oneLine(selected);
  return quote === '' ? skeleton : `- ${quote}\n${skeleton}`;
}
