// `npm run export -- --format json`: every field of every note, the summary (highlights and all)
// as written, one note a line. `npm run import` reads it back into the same notes (lib/import/url-notes.ts).
import type { ExportedNote } from './notes';

/** The first key of the export's object, by which the import knows it. */
export const JSON_EXPORT_MARK = 'urlNotesExport';

/** The export's version: a later one that changes a field's meaning says so here. */
const VERSION = 1;

/** The export as JSON text, written a note at a time. */
export function* jsonExport(notes: ExportedNote[]): Generator<string> {
  yield `{"${JSON_EXPORT_MARK}":${VERSION},"notes":[`;
  let first = true;
  for (const { slug, title, url, tags, date, draft, dead, summary } of notes) {
    yield `${first ? '' : ','}\n${JSON.stringify({ slug, title, url, tags, date, draft, dead, summary })}`;
    first = false;
  }
  yield '\n]}\n';
}
