// The sites more than one test project reads, each built once for what it is built from
// (tests/built-site.ts): the build project checks their files, the browser project uses them.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeCorpus } from '../tools/corpus';
import { type BuiltSite, builtSite } from './built-site';

/** The fixture site's notes: a draft and an unwritten note among them, every kind of tag. */
export const FIXTURE_NOTES = 'tests/fixtures/site';

export const fixtureSite = (): Promise<BuiltSite> => builtSite('fixture', FIXTURE_NOTES);

/** The notes of the large site (tools/corpus.ts), the same bytes each time. */
export const LARGE_NOTES = 'tests/.artifacts/large-site-notes';

/**
 * A list too long to page through one by one: 250 synthetic notes over a vocabulary of 300 tags,
 * and one with a pasted title; 13 pages of 20 on the home page. Built with each process's note
 * reads logged.
 */
export async function largeSite(): Promise<BuiltSite> {
  const written = `${LARGE_NOTES}.${process.pid}`;
  rmSync(written, { recursive: true, force: true });
  writeCorpus(written, 250, { seed: 24 });
  // A title pasted with a zero-width space between two spaces, and a summary of three words.
  writeFileSync(
    path.join(written, 'pasted-title.md'),
    '---\ntitle: "Zero \\u200B width: a pasted title"\nurl: https://pasted.example.org/title\n' +
      'tags: [pasted, e-mail]\ndate: 2019-05-04\n---\nShort, hyphen-split summary.\n',
  );
  // Replaced only when the recipe changed: a build reading the notes never sees them rewritten.
  if (sameFiles(written, LARGE_NOTES)) rmSync(written, { recursive: true, force: true });
  else {
    rmSync(LARGE_NOTES, { recursive: true, force: true });
    renameSync(written, LARGE_NOTES);
  }
  return builtSite('large', LARGE_NOTES, { countReads: true });
}

function sameFiles(a: string, b: string): boolean {
  if (!existsSync(b)) return false;
  const [namesA, namesB] = [readdirSync(a).sort(), readdirSync(b).sort()];
  return (
    namesA.join('\0') === namesB.join('\0') &&
    namesA.every((name) => readFileSync(path.join(a, name)).equals(readFileSync(path.join(b, name))))
  );
}
