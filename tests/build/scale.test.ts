// The scale properties that do not depend on the machine, on a few hundred synthetic notes: no
// page over the size limit, every list paginated, each note file parsed once per build process,
// and no file that only an app would request. Timings belong to `npm run bench`, not here.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { PAGE_SIZE } from '@/lib/lists/pagination';
import { writeCorpus } from '@/tools/corpus';
import { countNoteReads } from '@/tools/count-note-reads.mjs';

const work = 'tests/.artifacts/scale';
const corpus = path.join(work, 'notes');
const out = path.join(work, 'out');
const parseLog = path.resolve(work, 'parses.log');
const MAX_PAGE_BYTES = 300_000;

let files: string[];
beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  writeCorpus(corpus, 300);
  execFileSync('npm', ['run', '--silent', 'build'], {
    env: {
      ...process.env,
      NOTES_DIR: corpus,
      OUT_DIR: out,
      ...countNoteReads(parseLog),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'pipe',
  });
  files = readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[];
});

const articles = (file: string) => readFileSync(path.join(out, file), 'utf8').split('<article').length - 1;

describe('a site of 300 synthetic notes', () => {
  it('has no HTML page over 300 KB', () => {
    const sizes = files.filter((f) => f.endsWith('.html')).map((f) => ({ f, bytes: statSync(path.join(out, f)).size }));
    expect(sizes.length).toBeGreaterThan(300);
    expect(sizes.filter(({ bytes }) => bytes > MAX_PAGE_BYTES)).toEqual([]);
  });

  it('paginates every list by 20: the home page and every tag', () => {
    const { library } = loadNotes(corpus);
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
