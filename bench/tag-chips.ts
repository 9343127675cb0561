// `npx tsx bench/tag-chips.ts --tags N`: builds a site of three notes, one of them carrying N tags,
// and measures what that note costs: N tag pages, each listing the note with its chips. Prints the
// build's wall time, the size of out/ and how many chips (links to a tag page) its pages hold; a build
// that `npm run check` stops prints the line it stopped with.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { noteMarkdown } from '@/lib/authoring/new-note';
import { filesUnder, mb } from '@/lib/build/site-size';
import { timed } from './timed';

const { values } = parseArgs({ options: { tags: { type: 'string', default: '1000' } } });
const count = Number(values.tags);
const work = path.resolve('bench/.work/tag-chips');
const notes = path.join(work, 'notes');
const out = path.join(work, 'out');
rmSync(work, { recursive: true, force: true });
mkdirSync(notes, { recursive: true });
const note = (slug: string, tags: string[]) =>
  writeFileSync(
    path.join(notes, `${slug}.md`),
    noteMarkdown({ title: slug, url: `https://example.org/${slug}`, tags, date: '2025-01-02', summary: 'A note.' }),
  );
note(
  'many-tags',
  Array.from({ length: count }, (_, index) => `topic ${index + 1}`),
);
note('one-tag', ['topic 1']);
note('another', ['elsewhere']);

// Next.js takes its output folder relative to the project.
const env = {
  ...process.env,
  NOTES_DIR: notes,
  OUT_DIR: path.relative(process.cwd(), out),
  NEXT_TELEMETRY_DISABLED: '1',
};
const started = performance.now();
try {
  const run = timed('npm', ['run', '--silent', 'build'], { env });
  const files = filesUnder(out);
  const html = files.filter(({ file }) => file.endsWith('.html'));
  const chips = html.reduce(
    (total, { file }) =>
      total + (readFileSync(path.join(out, file), 'utf8').match(/href="[^"]*\/tag\/[^"]*"/g) ?? []).length,
    0,
  );
  const bytes = files.reduce((total, { bytes: size }) => total + size, 0);
  console.log(
    `${count} tags on one note: build ${run.seconds.toFixed(1)} s wall (${run.cpuSeconds.toFixed(1)} CPU s), peak ${run.peakMb.toFixed(0)} MB; out/ ${mb(bytes)} in ${files.length} files; ${chips} links to tag pages in ${html.length} pages`,
  );
} catch (error) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // The line that says why: the check's problem, else the last line of the build's output.
  const lines = String(error instanceof Error ? error.message : error)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const why = lines.find((line) => / tags: /.test(line) && !line.endsWith('no problems.')) ?? lines.at(-1);
  console.log(`${count} tags on one note: the build stopped after ${seconds} s: ${why}`);
}
