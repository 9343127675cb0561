// The first of an import's two passes over an export: how many entries it holds (the progress
// bar's total), its newest date (what undated bookmarks take, so that one file always imports the
// same way), and the one folder that holds every bookmark, if there is one (not a tag). Reading
// twice keeps memory flat; holding the export instead would grow with it.
import { type Entry, isUnreadable } from './types';

export type Survey = { entries: number; newest?: string; topFolder?: string };

/** Reads every entry once; `latest` is the last date that counts as valid. */
export async function survey(entries: AsyncIterable<Entry>, latest: string): Promise<Survey> {
  let count = 0;
  let newest: string | undefined;
  let topFolder: string | undefined;
  let shared = true;
  for await (const entry of entries) {
    count += 1;
    if (isUnreadable(entry)) continue;
    const { date, folders } = entry;
    if (date && date <= latest && (newest === undefined || date > newest)) newest = date;
    if (shared && (folders.length === 0 || (topFolder !== undefined && folders[0] !== topFolder))) shared = false;
    topFolder ??= folders[0];
  }
  return { entries: count, newest, topFolder: shared ? topFolder : undefined };
}
