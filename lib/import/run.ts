// One import from start to end, in-process: detect the format, survey the export (first pass),
// then import entry by entry (second pass). The command adds the lock, the progress bar and the
// printing; tests call this directly.
import { messageOf } from '@/lib/messages';
import { dayAfter } from './fields';
import { Importing, type ImportOptions } from './importing';
import { exportFile, importerFor } from './registry';
import type { ImportReport } from './report';
import { survey } from './survey';
import type { ExportFile, Importer } from './types';

/** A failed import, its message one line naming the export and what went wrong. */
export class ImportError extends Error {}

/** What a run reports to a progress bar. */
export type Progress = { start(total: number): void; tick(): void };

/** The refusal of an export before anything is written. */
function refusal(source: string, error: unknown): ImportError {
  const reason = error instanceof Error && 'code' in error ? `cannot read: ${messageOf(error)}` : messageOf(error);
  return new ImportError(`${source}: ${reason}; nothing was written`);
}

/** Imports the export at `source` into `dir`. Throws an ImportError with a one-line message. */
export async function runImport(
  source: string,
  dir: string,
  options: ImportOptions & { format?: string },
  progress?: Progress,
): Promise<{ label: string; report: ImportReport }> {
  let file: ExportFile;
  let importer: Importer;
  let surveyed: Awaited<ReturnType<typeof survey>>;
  try {
    file = exportFile(source);
    importer = importerFor(file, options.format);
    // The first pass reads the whole export before anything is written, so a file that breaks
    // off halfway is refused whole.
    surveyed = await survey(importer.read(file), dayAfter(options.today));
  } catch (error) {
    throw refusal(source, error);
  }
  if (surveyed.entries === 0) throw refusal(source, `${importer.label}, but it holds no bookmarks`);
  const importing = new Importing(dir, options, surveyed);
  if (importing.interrupted.length > 0) {
    const count = importing.interrupted.length;
    const them = count === 1 ? 'this note' : `these ${count} notes`;
    throw new ImportError(
      `${importing.interrupted.join('\n')}\n${source}: nothing was written; a run cut ${them} short: delete or finish ${count === 1 ? 'it' : 'them'}, then import again`,
    );
  }
  progress?.start(surveyed.entries);
  try {
    for await (const entry of importer.read(file)) {
      importing.take(entry);
      progress?.tick();
    }
  } catch (error) {
    // Only when the file changed since the first pass read it whole.
    throw new ImportError(`${source}: ${messageOf(error)}; stopped after ${importing.report.done} entries`);
  }
  importing.finish();
  const read = file.encoding.said ? `, read as ${file.encoding.label}` : '';
  return { label: `${source} (${importer.label}${read})`, report: importing.report };
}
