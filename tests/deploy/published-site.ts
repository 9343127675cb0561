// Reading the site a workflow published in out/: its feeds, sitemap and pages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';

/** Parses an XML file with a real XML parser; a syntax error fails the test. */
export const xmlDocument = (file: string) => {
  const document = new new JSDOM('').window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
};
/** The text of each `tag` element of `document`. */
export const texts = (document: Document, tag: string) =>
  [...document.getElementsByTagName(tag)].map((element) => element.textContent ?? '');

/** Every address of the site itself in the feeds and the sitemap (links out to noted pages left aside). */
export function siteAddresses(out: string): Record<string, string[]> {
  const rss = xmlDocument(path.join(out, 'feed.xml'));
  const channelLinks = [...rss.getElementsByTagName('channel')].flatMap((channel) =>
    [...channel.children].filter((child) => child.tagName === 'link').map((link) => link.textContent ?? ''),
  );
  const atom = xmlDocument(path.join(out, 'atom.xml'));
  const atomSelf = [...atom.getElementsByTagName('link')]
    .filter((link) => link.getAttribute('rel') === 'self')
    .map((link) => link.getAttribute('href') ?? '');
  const json: { home_page_url: string; feed_url: string; items: { id: string }[] } = JSON.parse(
    readFileSync(path.join(out, 'feed.json'), 'utf8'),
  );
  return {
    'feed.xml': [...channelLinks, ...texts(rss, 'guid')],
    'atom.xml': [...texts(atom, 'id'), ...atomSelf],
    'feed.json': [json.home_page_url, json.feed_url, ...json.items.map((item) => item.id)],
    'sitemap.xml': texts(xmlDocument(path.join(out, 'sitemap.xml')), 'loc'),
  };
}

/** A page's canonical URL and every href and src of it that stays on the site. */
export function pageLinks(out: string, file: string, pageUrl: string) {
  const { document } = new JSDOM(readFileSync(path.join(out, file), 'utf8')).window;
  const refs = [
    ...[...document.querySelectorAll('[href]')].map((element) => element.getAttribute('href') ?? ''),
    ...[...document.querySelectorAll('[src]')].map((element) => element.getAttribute('src') ?? ''),
  ];
  const internal = refs
    .map((ref) => new URL(ref, pageUrl))
    .filter((url) => url.origin === new URL(pageUrl).origin && !url.href.startsWith(`${pageUrl}#`));
  return {
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    internal: internal.map((url) => url.pathname),
  };
}
