// `npm run check [-- --json]`: validates the site's settings and every note in the content folder
// (NOTES_DIR or content/) the way `next build` does before it renders anything (lib/content/check.ts).

import { options } from '@/lib/cli';
import { checkContent, findingLines } from '@/lib/content/check';
import { notesDir } from '@/lib/content/load';

const HELP = `usage: npm run check [-- --json]

Checks the site's settings and every note in the content folder (NOTES_DIR, else content/) as the
build does: one line per problem, exit code 1 if any. Lists the unwritten notes the build leaves out.

  --json  the findings as JSON, for scripts`;

const { values } = options('check', HELP, { options: { json: { type: 'boolean', default: false } } });
const dir = notesDir();
const findings = checkContent(dir);
const ok = findings.problems.length === 0;
if (values.json) {
  console.log(JSON.stringify({ ok, ...findings }, null, 2));
} else {
  const { lines, summary } = findingLines(findings, dir);
  for (const line of lines) console.error(line);
  if (ok) console.log(summary);
  else console.error(summary);
}
if (!ok) process.exitCode = 1;
