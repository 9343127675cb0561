// The scale properties that do not depend on the machine, on the large site of a few hundred
// synthetic notes (tests/sites.ts): no page over the size limit, every list paginated, each note file
// parsed once per build process, and no file that only an app would request. Timings belong to
// `npm run bench`, not here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { PAGE_SIZE } from '@/lib/lists/pagination';
import { LARGE_NOTES, largeSite } from '../sites';

const MAX_PAGE_BYTES = 300_000;

let out: string;
let parseLog: string;
let files: string[];
beforeAll(async () => {
  ({ out, parseLog } = await largeSite());
  files = readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[];
});

const articles = (file: string) => readFileSync(path.join(out, file), 'utf8').split('<article').length - 1;

describe('a site of 251 notes', () => {
  it('has no HTML page over 300 KB', () => {
    const sizes = files.filter((f) => f.endsWith('.html')).map((f) => ({ f, bytes: statSync(path.join(out, f)).size }));
    expect(sizes.length).toBeGreaterThan(300);
    expect(sizes.filter(({ bytes }) => bytes > MAX_PAGE_BYTES)).toEqual([]);
  });

  it('paginates every list by 20: the home page and every tag', () => {
    const { library } = loadNotes(LARGE_NOTES);
    const lists = [
      { base: '', count: library.notes.length },
      ...library.tags.map((t) => ({ base: `tag/${t.slug}/`, count: t.count })),
    ];
    for (const { base, count } of lists) {
      const pages = Math.ceil(count / PAGE_SIZE);
      for (let page = 1; page <= pages; page += 1) {
        const file = page === 1 ? `${base}index.html` : `${base}page/${page}/index.html`;
        expect(articles(file), file).toBe(page < pages ? PAGE_SIZE : count - PAGE_SIZE * (pages - 1));
      }
      expect(existsSync(path.join(out, `${base}page/${pages + 1}/index.html`))).toBe(false);
    }
  });

  it('reads and parses the note files at most once in each build process', () => {
    const pids = readFileSync(parseLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ')[0]);
    expect(pids.length).toBeGreaterThan(1);
    expect(new Set(pids).size).toBe(pids.length);
  });

  it('holds documents only: no payload file and no script of the framework', () => {
    // Files only: an old tag link such as `tag/node.js/` is a folder.
    const scriptsAndPayloads = files.filter(
      (f) => /\.(txt|js)$/.test(f) && !f.startsWith('pagefind/') && statSync(path.join(out, f)).isFile(),
    );
    // The two pages with a script of their own: /search/ and /add/.
    expect(scriptsAndPayloads).toEqual(['add.js', 'search.js']);
    const noteFiles = files.filter((f) => f.startsWith('note/') && f.split('/').length === 3);
    expect(new Set(noteFiles.map((f) => path.basename(f)))).toEqual(new Set(['index.html']));
  });
});
