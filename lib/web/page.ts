// `readPage(url)`: what a page says about itself, read the way `npm run new` and `npm run enrich`
// need it — bounded (one deadline, a byte limit, the head only unless the text is asked for), by
// the redirect and address rules of `check-links`, and never mistaking a wall for the page.
import { displayHost } from '@/lib/hostname';
import { parseWebUrl, readablePath } from '@/lib/urls';
import { decodePage, mediaType, readBody } from './body';
import { followRedirects, locationOf, networkError, REDIRECTS, request } from './client';
import type { HeadMetadata } from './metadata';
import { notThePage } from './not-the-page';
import { PAGE_DEFAULTS, type PageSettings } from './settings';

export { PAGE_DEFAULTS, type PageSettings } from './settings';

/** The page as it describes itself, where the redirects led (`finalUrl`). */
export type PageMetadata = HeadMetadata & {
  finalUrl: string;
  /** The page's HTML (up to the byte limit) and its readable text, when asked for with `{ text: true }`. */
  html?: string;
  readableText?: string;
};

/** The page's metadata, or why what answered is not the page (`finalUrl`: where that was). */
export type PageReading = { read: true; page: PageMetadata } | { read: false; reason: string; finalUrl?: string };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

type Answer = { status: number; location: string | null; response: Response };

// The HTML readers load when a page is to be read, not with the command: they are most of its start
// (0.8 s of CPU), which `new --offline`, `--help` and a bad URL do not need.
type HtmlReaders = typeof import('linkedom') & typeof import('@mozilla/readability') & typeof import('./metadata');
const htmlReaders = async (): Promise<HtmlReaders> => {
  const [linkedom, readability, metadata] = await Promise.all([
    import('linkedom'),
    import('@mozilla/readability'),
    import('./metadata'),
  ]);
  return { ...linkedom, ...readability, ...metadata };
};

/** The readable text of a page (Readability, as Firefox's reader view), on one line per paragraph. */
function readableText(html: string, { parseHTML, Readability }: HtmlReaders): string {
  const { document } = parseHTML(html);
  const article = new Readability(document).parse();
  const text = article?.textContent ?? document.body?.textContent ?? '';
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Why a request got no answer, in words. */
function noAnswer(error: unknown, timeoutMs: number): string {
  const { code, message } = networkError(error);
  if (code === 'timeout') return `no answer within ${timeoutMs / 1000} s`;
  if (code === 'ENOTFOUND') return 'no such host (DNS)';
  if (code === 'ECONNREFUSED') return 'connection refused';
  return `network error: ${message}`;
}

/**
 * Reads the page at `url`: its head's metadata, and with `{ text: true }` its HTML and readable
 * text. Never throws: a network failure, a bad redirect, an error status, a challenge or a
 * consent wall is a `{ read: false, reason }`.
 */
export async function readPage(
  url: string,
  settings: PageSettings = PAGE_DEFAULTS,
  { text = false }: { text?: boolean } = {},
): Promise<PageReading> {
  if (parseWebUrl(url) === null) return { read: false, reason: 'not an http(s) URL' };
  // Before the deadline starts, which is the network's alone; and outside the `try`: a reader that
  // fails to load is a broken install, not the page's doing.
  const readers = await htmlReaders();
  const signal = AbortSignal.timeout(settings.timeoutMs);
  const ask = async (at: string): Promise<Answer> => {
    const response = await request(at, { method: 'GET', headers: settings.headers, signal });
    // A redirect's body is never read: drop it so that its connection is freed.
    if (REDIRECTS.has(response.status)) await response.body?.cancel();
    return { status: response.status, location: locationOf(response), response };
  };
  const chain = await followRedirects(url, ask, settings.maxRedirects);
  if (chain.kind === 'no-answer') {
    const where = chain.url === url ? '' : ` (at ${new URL(chain.url).host}, where it redirects)`;
    return { read: false, reason: `${noAnswer(chain.error, settings.timeoutMs)}${where}`, finalUrl: chain.url };
  }
  if (chain.kind === 'bad-redirect') return { read: false, reason: chain.detail };
  const { response, status } = chain.answer;
  const finalUrl = chain.url;
  const { essence, charset } = mediaType(response.headers.get('content-type'));
  try {
    if (essence !== undefined && !HTML_TYPES.has(essence)) {
      await response.body?.cancel();
      const wall = notThePage({ status, headers: response.headers, url: finalUrl });
      return { read: false, reason: wall ?? `it is ${essence}, not an HTML page`, finalUrl };
    }
    const bytes = await readBody(response.body, { maxBytes: settings.maxBytes, untilHeadEnds: !text });
    const html = decodePage(bytes, charset);
    const head = await readers.headMetadata(html, finalUrl, settings.maxDescriptionLength);
    const wall = notThePage({ status, headers: response.headers, url: finalUrl, title: head.title });
    if (wall) return { read: false, reason: wall, finalUrl };
    const page: PageMetadata = { ...head, finalUrl };
    return { read: true, page: text ? { ...page, html, readableText: readableText(html, readers) } : page };
  } catch (error) {
    return { read: false, reason: noAnswer(error, settings.timeoutMs), finalUrl };
  }
}

// The end of a file name that says how it was made, not what it is: `great-work.html`.
const FILE_ENDING = /\.(html?|php|aspx?|jsp|cgi|shtml)$/i;

/** Who a page's words are quoted from: the site's name where the page gives it, else its host. */
export function pageSource({ siteName, finalUrl }: Pick<PageMetadata, 'siteName' | 'finalUrl'>): string {
  return siteName ?? displayHost(new URL(finalUrl));
}

/**
 * A readable title from the URL alone, for a page that could not be read: the last path segment
 * decoded into words, then the host (`How to do great work — paulgraham.com`); the host alone at
 * the root.
 */
export function titleFromUrl(url: string): string {
  const parsed = new URL(url);
  const host = displayHost(parsed);
  const segment = parsed.pathname.split('/').filter(Boolean).at(-1) ?? '';
  const words = readablePath(segment)
    .replace(FILE_ENDING, '')
    .replace(/[-_+.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words === '') return host;
  return `${words[0].toUpperCase()}${words.slice(1)} — ${host}`;
}
