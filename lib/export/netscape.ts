// `npm run export -- --format netscape`: the Netscape bookmark file every browser imports, written
// as Chrome's reader (components/user_data_importer/content/content_bookmark_parser_utils.cc, once
// bookmark_html_reader.cc) and Firefox's BookmarkHTMLUtils.sys.mjs read it. Chrome goes line by
// line: a trimmed line that starts `<DT><A` and holds its `</A>` is a bookmark, its attributes found
// as `NAME="` in upper case (HREF, ADD_DATE in Unix seconds), its title and URL unescaped for the
// five entities HTML escaping needs; it reads the charset from the `<META` line. Firefox parses the
// HTML and also takes LAST_MODIFIED and TAGS (split at commas). Neither keeps the `<DD>` after a
// bookmark any more; services that import descriptions do. A dead link keeps its title (a prefix
// would come back as part of it) and says so at the start of its `<DD>`, and in a `DEAD` attribute
// that url-notes' import reads back.
import { escapeAttribute, escapeText } from 'entities';
import { markdownText } from '@/lib/markdown';
import type { ExportedNote } from './notes';

/** How a dead link's description starts, so that a person reading the bookmark sees it. */
export function deadLinkLine(day: string): string {
  return `Dead link (found dead on ${day}).`;
}

/** A `YYYY-MM-DD` day as Unix seconds at its start in UTC, as ADD_DATE holds dates. */
function unixSeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

/**
 * A note's tags for TAGS, which readers split at commas: a comma inside a tag, which the format
 * cannot carry, becomes a full-width comma (U+FF0C) that looks the same.
 */
function tagsAttribute(tags: string[]): string {
  return tags.map((tag) => tag.replaceAll(',', '\uFF0C')).join(',');
}

/** The export as the text of a Netscape bookmark file, written a note at a time. */
export function* netscapeExport(notes: ExportedNote[]): Generator<string> {
  yield [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file (npm run export of url-notes). -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
    '',
  ].join('\n');
  for (const { url, title, tags, date, draft, dead, summary } of notes) {
    const added = unixSeconds(date);
    const attributes = [
      `HREF="${escapeAttribute(url)}"`,
      `ADD_DATE="${added}"`,
      `LAST_MODIFIED="${added}"`,
      `TAGS="${escapeAttribute(tagsAttribute(tags))}"`,
      ...(draft ? ['PRIVATE="1"'] : []),
      ...(dead ? [`DEAD="${dead}"`] : []),
    ];
    const text = [dead ? deadLinkLine(dead) : '', markdownText(summary)].filter(Boolean).join(' ');
    yield `    <DT><A ${attributes.join(' ')}>${escapeText(title)}</A>\n`;
    if (text !== '') yield `    <DD>${escapeText(text)}\n`;
  }
  yield '</DL><p>\n';
}
