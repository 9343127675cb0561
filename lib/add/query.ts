// What the /add/ page is opened with, from any of the three ways a link arrives: the bookmarklet
// (`url`, `title`, `text` the selected words), a phone's share sheet through the web app manifest's
// `share_target` (lib/site/app-manifest.ts), and an iOS Shortcut (`url`). No Node.js imports: the
// page's script bundles it.
import { parseWebUrl } from '@/lib/urls';

/** The query parameters /add/ reads; the manifest's `share_target` names the same ones. */
export const ADD_QUERY = { url: 'url', title: 'title', text: 'text' } as const;

/** A link as /add/ receives it: its URL as given, the page's title, and the words that came with it. */
export type SharedLink = { url: string | null; title: string | null; text: string };

/**
 * The link in `/add/`'s query. Android's share sheet often leaves `url` empty and sends the link inside
 * `text`, alone or among other words ("Look at this https://example.org/x"): then the first word of
 * `text` that is an http(s) URL is the link, and the words around it stay the text. A `url` given
 * is taken as it is, so that the form can refuse a wrong one rather than look elsewhere.
 */
export function sharedLink(query: URLSearchParams): SharedLink {
  const url = query.get(ADD_QUERY.url);
  const title = query.get(ADD_QUERY.title);
  const text = query.get(ADD_QUERY.text) ?? '';
  if (url !== null && url.trim() !== '') return { url, title, text };
  // A URL holds no white space, so each run of other characters is a candidate.
  for (const word of text.matchAll(/\S+/g)) {
    const candidate = withoutProse(word[0]);
    if (parseWebUrl(candidate.url) === null) continue;
    const start = word.index + candidate.start;
    // The brackets or quotes that held the link hold nothing once it is out, and go with it.
    const before = text.slice(0, start);
    const after = text.slice(start + candidate.url.length);
    const opened = word[0].slice(0, candidate.start);
    const closes = after.startsWith(closerOf(opened)) && opened !== '' ? closerOf(opened).length : 0;
    const rest = `${before.slice(0, before.length - (closes > 0 ? opened.length : 0))}${after.slice(closes)}`;
    return {
      url: candidate.url,
      title,
      text: rest
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/[ \t]+([.,;:!?])/g, '$1')
        .trim(),
    };
  }
  return { url, title, text };
}

const OPENERS = '([<{"\'«“‘';
const PAIRS: Record<string, string> = {
  '(': ')',
  '[': ']',
  '<': '>',
  '{': '}',
  '"': '"',
  "'": "'",
  '«': '»',
  '“': '”',
  '‘': '’',
};

/** The closing brackets or quotes of `opened`, innermost first: `(“` is closed by `”)`. */
function closerOf(opened: string): string {
  return [...opened]
    .reverse()
    .map((character) => PAIRS[character])
    .join('');
}
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '>': '<', '}': '{' };

/**
 * A word of shared prose as the URL it holds, as linkifiers read it: quotes or a bracket before it,
 * and a sentence's full stop, comma, quote or closing bracket after it, are the prose's, not the
 * link's. A closing bracket the URL opened itself (`…/Go_(game)`) stays.
 */
function withoutProse(word: string): { url: string; start: number } {
  let start = 0;
  while (start < word.length && OPENERS.includes(word[start])) start++;
  let end = word.length;
  for (;;) {
    const last = word[end - 1];
    const opener = CLOSERS[last];
    const url = word.slice(start, end);
    if (end > start && '.,;:!?"\'»”’'.includes(last)) end--;
    else if (opener !== undefined && url.split(opener).length <= url.split(last).length - 1) end--;
    else return { url, start };
  }
}
