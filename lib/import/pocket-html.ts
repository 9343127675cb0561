// Pocket's older HTML export, `ril_export.html` (a real one in mufidu/pocket-to-markdown):
// `<h1>Unread</h1>` and `<h1>Read Archive</h1>`, each over a `<ul>` of
// `<li><a href="…" time_added="1608112516" tags="a,b">title</a></li>`, `time_added` in Unix
// seconds, tags joined by commas. Pocket wrote the URL as the title when it had none.
import { createReadStream } from 'node:fs';
import { Parser } from 'htmlparser2';
import { MAX_FIELD_CHARS, splitTags, tooLong, unixDate } from './fields';
import { type Bookmark, type BookmarkState, bookmark, type Entry, type ExportFile, type Importer } from './types';

/** The state of the bookmarks under each of the export's headings. */
const SECTIONS: Record<string, BookmarkState> = { unread: 'unread', 'read archive': 'archived' };

async function* readPocketHtml(file: ExportFile): AsyncGenerator<Entry> {
  const done: Entry[] = [];
  let state: BookmarkState | undefined;
  let heading: string[] | undefined;
  let current: Bookmark | undefined;
  let title: string[] = [];
  let chars = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'h1') heading = [];
        else if (name === 'a') {
          current = bookmark({
            url: (attributes.href ?? '').trim(),
            title: '',
            tags: splitTags(attributes.tags, ','),
            date: unixDate(attributes.time_added),
            state: state ? [state] : [],
          });
          title = [];
          chars = 0;
        }
      },
      ontext(text) {
        if (heading) heading.push(text);
        else if (current) {
          chars += text.length;
          if (chars <= MAX_FIELD_CHARS) title.push(text);
        }
      },
      onclosetag(name) {
        if (name === 'h1' && heading) {
          state = SECTIONS[heading.join('').trim().toLowerCase()];
          heading = undefined;
        } else if (name === 'a' && current) {
          const text = title.join('').trim();
          if (chars > MAX_FIELD_CHARS)
            done.push({ where: current.url || 'a link with no URL', problem: tooLong('title', chars) });
          else done.push({ ...current, title: text === current.url ? '' : text });
          current = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  for await (const chunk of createReadStream(file.path, { encoding: 'utf8' })) {
    parser.write(String(chunk));
    yield* done.splice(0);
  }
  parser.end();
  yield* done.splice(0);
}

export const pocketHtml: Importer = {
  format: 'pocket-html',
  label: 'Pocket HTML export (ril_export.html)',
  detect: (file) =>
    file.zipNames === undefined &&
    /<title>\s*Pocket Export\s*<\/title>|<h1>\s*(Unread|Read Archive)\s*<\/h1>/i.test(file.head),
  read: readPocketHtml,
};
