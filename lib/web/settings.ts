// Every knob of reading a page in one place: `npm run new` reads its flags over these defaults, the
// tests pass small values so that a page that never answers ends in a second.

/** The headers a browser sends: many sites answer 403 to anything that does not look like one. */
export function browserHeaders(tool: string): Record<string, string> {
  return {
    'user-agent': `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 ${tool}`,
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-language': 'en;q=0.9,*;q=0.5',
  };
}

/** How a page is read: one deadline for everything, redirects, bytes, and the headers sent. */
export type PageSettings = {
  /** For the whole reading, redirects and body included: a server that never answers ends here. */
  timeoutMs: number;
  /** Redirects followed before giving up on a chain, as `check-links` does. */
  maxRedirects: number;
  /** The most of the body read; the head of a page is far smaller, the rest is never asked for. */
  maxBytes: number;
  /** The longest description kept, in characters: a description is a sentence or two. */
  maxDescriptionLength: number;
  headers: Record<string, string>;
};

export const PAGE_DEFAULTS: PageSettings = {
  timeoutMs: 10_000,
  maxRedirects: 10,
  maxBytes: 2 * 1024 * 1024,
  maxDescriptionLength: 500,
  headers: browserHeaders('url-notes'),
};
