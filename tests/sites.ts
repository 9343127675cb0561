// The sites more than one test project reads, each built once for what it is built from
// (tests/built-site.ts): the build project checks their files, the browser project uses them.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeCorpus } from '../tools/corpus';
import { type BuiltSite, builtSite } from './built-site';

/** The fixture site's notes: a draft and an unwritten note among them, every kind of tag. */
export const FIXTURE_NOTES = 'tests/fixtures/site';

export const fixtureSite = (): Promise<BuiltSite> => builtSite('fixture', FIXTURE_NOTES);

/** The notes of the large site, written anew by each test that asks for it (the same bytes each time). */
export const LARGE_NOTES = 'tests/.artifacts/large-site-notes';

/**
 * A list too long to page through one by one: 250 synthetic notes over the 26 base tags and one
 * with a pasted title, 13 pages of 20 on the home page. Built with each process's note reads logged.
 */
export async function largeSite(): Promise<BuiltSite> {
  rmSync(LARGE_NOTES, { recursive: true, force: true });
  writeCorpus(LARGE_NOTES, 250, { seed: 24, tags: 3 });
  // A title pasted with a zero-width space between two spaces, and a summary of three words.
  writeFileSync(
    path.join(LARGE_NOTES, 'pasted-title.md'),
    '---\ntitle: "Zero \\u200B width: a pasted title"\nurl: https://pasted.example.org/title\ntags: [pasted, e-mail]\ndate: 2019-05-04\n---\nShort, hyphen-split summary.\n',
  );
  return builtSite('large', LARGE_NOTES, { countReads: true });
}
