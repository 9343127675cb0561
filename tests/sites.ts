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
 * A list too long to page through one by one, 251 notes, 13 pages of 20 on the home page: 200
 * synthetic notes over the 26 common tags (the tag llm has 10 pages and a contents page), 50 over
 * a vocabulary of 1,000 (130 tags in all), and one with a pasted title. Built with each process's
 * note reads logged.
 */
export async function largeSite(): Promise<BuiltSite> {
  const written = `${LARGE_NOTES}.${process.pid}`;
  rmSync(written, { recursive: true, force: true });
  writeCorpus(written, 200, { seed: 24, tags: 3 });
  writeCorpus(written, 50, { seed: 7, tags: 1_000, name: 'wide' });
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
