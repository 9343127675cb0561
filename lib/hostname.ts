// How a page's host reads to a person: `bücher.de`, not the DNS form `xn--bcher-kva.de`.
// The punycode package rather than node:url, so that the /add/ page's script bundles this rule too.
import punycode from 'punycode/punycode.js';

/** The URL's host in Unicode, without a leading `www.`; the ASCII form when it cannot be decoded. */
export function displayHost(url: URL): string {
  let host = url.hostname;
  try {
    host = punycode.toUnicode(url.hostname);
  } catch {
    // A label that is not valid punycode stays as written.
  }
  return host.replace(/^www\./, '');
}
