// Rules for the URL a note points at, shared by validation, duplicate checks and the authoring tools.

// Parameters that say where a visitor came from, not which page it is.
const TRACKING =
  /^(utm_.*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|_gl|mkt_tok|ref_src|srsltid|si)$/i;

// URL parsing removes tabs and line breaks wherever they are (`…/b\nnext` reads `…/bnext`): a
// URL holding one is refused rather than silently changed.
const TAB_OR_BREAK = /[\t\n\r]/;

/**
 * A URL with its tabs and line breaks dropped, as browsers do when one is typed or pasted
 * (https://url.spec.whatwg.org/#concept-basic-url-parser): a real Pocket export broke URLs over lines.
 */
export function withoutTabsOrBreaks(text: string): string {
  return text.replace(new RegExp(TAB_OR_BREAK, 'g'), '');
}

/** Whether `text`, trimmed, has a tab or line break inside, which URL parsing would drop. */
export function hasTabOrBreak(text: string): boolean {
  return TAB_OR_BREAK.test(text.trim());
}

/**
 * The URL if `text` is an absolute http(s) URL, the only kind a note may point at; else null. White
 * space around it is ignored; a tab or line break inside it is not (hasTabOrBreak).
 */
export function parseWebUrl(text: string): URL | null {
  if (hasTabOrBreak(text)) return null;
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

/** Why `value` (quoted in a message as `got`) is not a web URL: a problem's message, ending with what to do. */
export function notWebUrlMessage(value: unknown, got: string): string {
  return typeof value === 'string' && hasTabOrBreak(value)
    ? `has a tab or line break inside (got ${got}); write the URL on one line`
    : `must be an absolute http(s) URL (got ${got})`;
}

/**
 * A URL in the form two notes of one page would share: scheme and host lowercase (URL does that),
 * no default port, no `#section` anchor, no tracking parameters, no trailing slash after the path.
 */
export function normalizeUrl(url: string): string {
  const parsed = parseWebUrl(url);
  if (parsed === null) return url.trim();
  // `#/inbox` routes of single-page apps and `#!` addresses (`#!/post`, Google Groups'
  // `#!topic/group/id`, Google's old AJAX-crawling scheme) name a page, not a place within one.
  if (!/^#(!|\/)/.test(parsed.hash)) parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING.test(name)) parsed.searchParams.delete(name);
  parsed.searchParams.sort();
  const search = parsed.searchParams.size > 0 ? `?${parsed.searchParams}` : '';
  const pathname = parsed.pathname.length > 1 ? withoutTrailingSlashes(parsed.pathname) : '';
  const host = parsed.host.replace(/\.(?=:|$)/, '');
  return `${parsed.protocol}//${host}${pathname}${search}${parsed.hash}`;
}

/** `path` without its trailing slashes. A loop, not `/\/+$/`, which retries from every slash: quadratic. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end -= 1;
  return path.slice(0, end);
}

/** A URL path percent-decoded, so that `caf%C3%A9` reads `café`; an escape that is no UTF-8 stays. */
export function readablePath(pathname: string): string {
  return pathname.replace(/(%[0-9a-f]{2})+/gi, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes;
    }
  });
}
