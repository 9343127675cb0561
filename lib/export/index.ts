// `npm run export`: the notes of a content folder in one of the formats below, as text.
import { jsonExport } from './json';
import { netscapeExport } from './netscape';
import { exportedNotes } from './notes';

/** Each format's writer, and whether it holds drafts without `--drafts`. */
const WRITERS = {
  netscape: { write: netscapeExport, allNotes: false },
  json: { write: jsonExport, allNotes: true },
};

export type ExportFormat = keyof typeof WRITERS;

/** Whether `name` is a format the export writes. */
export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(WRITERS, name);
}

/** The formats, for messages: `netscape, json`. */
export const EXPORT_FORMATS = Object.keys(WRITERS).join(', ');

/**
 * The notes of `dir` as the text of an export in `format`, and how many notes it holds; throws,
 * with the check's problem, on a folder that fails it.
 */
export function exportOf(dir: string, format: ExportFormat, drafts: boolean): { text: string; notes: number } {
  const { write, allNotes } = WRITERS[format];
  const notes = exportedNotes(dir, allNotes || drafts);
  return { text: [...write(notes)].join(''), notes: notes.length };
}
