// Imports run in-process into a scratch folder, and the notes they wrote as a person reads them.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { renderSummary } from '@/lib/content/summary';
import type { ImportOptions } from '@/lib/import/importing';
import { runImport } from '@/lib/import/run';

/** Fixed, so that "after tomorrow" and "today" do not move with the day the tests run. */
export const TODAY = '2026-12-03';

/** Imports `source` into `dir` in-process; returns the report's lines. */
export async function importInto(
  dir: string,
  source: string,
  options: Partial<ImportOptions & { format: string }> = {},
) {
  const settings = { fallbackTag: 'imported', foldersAsTags: false, dryRun: false, verbose: false, today: TODAY };
  const { label, report } = await runImport(source, dir, { ...settings, ...options });
  return { report, lines: report.render(label, options.dryRun ?? false) };
}

/** Every note in `dir`, published or draft, by slug, with what a reader sees of it. */
export function notesIn(dir: string) {
  const { library, problems } = loadNotes(dir);
  if (problems.length > 0) throw new Error(`the import wrote notes with problems: ${JSON.stringify(problems)}`);
  return [...library.notes, ...library.drafts]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((note) => ({
      slug: note.slug,
      title: note.title,
      url: note.url,
      tags: note.tags.map((tag) => tag.name),
      date: note.date,
      draft: library.drafts.includes(note),
      summary: renderSummary(note).text,
    }));
}

const zips: string[] = [];
afterEach(() => {
  for (const zip of zips.splice(0)) rmSync(zip, { force: true });
});

/** A note as `notesIn` shows it, in one line of a test's table. */
export function note(
  slug: string,
  title: string,
  url: string,
  tags: string[],
  date: string,
  summary = '',
  draft = false,
) {
  return { slug, title, url, tags, date, draft, summary };
}

/** The files of a fixture folder as a zip beside `dir` (as an export service hands them out), removed after the test. */
export function zipOf(folder: string, dir: string): string {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(folder, name);
    if (name.includes('.')) files[name.split(path.sep).join('/')] = readFileSync(file);
  }
  const zip = `${dir}-${path.basename(folder)}.zip`;
  writeFileSync(zip, zipSync(files));
  zips.push(zip);
  return zip;
}

/** The lines of a report's block for one outcome, without its heading. */
export function examples(lines: string[], heading: RegExp): string[] {
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('  '));
  return lines.slice(start + 1, end < 0 ? undefined : end).map((line) => line.trim());
}
