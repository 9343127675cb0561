// CSV exports read with csv-parse, the parser Karakeep's importers use too: columns matched by
// their header names, never by position; CRLF, quoted fields with commas, `""` and line breaks.
import { pipeline, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { withoutBom } from '@/lib/text';

/** A row of a CSV export by column name (a column the export lacks reads `undefined`), and the line it ends on. */
export type CsvRow = { cells: Record<string, string | undefined>; line: number };

/** The header names on a CSV text's first line, lowercase, for telling formats apart. */
export function csvHeader(head: string): string[] {
  const [first = ''] = withoutBom(head).split(/\r?\n/, 1);
  return first.split(',').map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());
}

/** Whether a file's first line names every one of `columns` (lowercase). */
export function hasColumns(head: string, columns: string[]): boolean {
  const header = csvHeader(head);
  return columns.every((column) => header.includes(column));
}

/** The rows of a CSV export as they stream in. Throws a one-line error on text that is not CSV. */
export async function* csvRows(source: Readable): AsyncGenerator<CsvRow> {
  const parser = parse({
    bom: true,
    columns: (header: string[]) => header.map((name) => name.trim()),
    // Older exports have fewer columns; a short row reads as missing cells.
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  });
  // Unlike `pipe`, `pipeline` hands the source's failure on (a zip entry past its limit, bytes not
  // in the file's encoding), so the rows end with it instead of waiting for ever.
  pipeline(source, parser, () => {});
  for await (const { record, info } of parser) yield { cells: record, line: info.lines };
}
