// How a page's host reads to a person: `bücher.de`, not the DNS form `xn--bcher-kva.de`.
import { domainToUnicode } from 'node:url';

/** The URL's host in Unicode, without a leading `www.`; the ASCII form when it cannot be decoded. */
export function displayHost(url: URL): string {
  const host = domainToUnicode(url.hostname) || url.hostname;
  return host.replace(/^www\./, '');
}
