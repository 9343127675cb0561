// What `next build` does before it renders a page (the adapter's modifyConfig): the check of
// `npm run check`, printed the same way. Nothing is rendered while a problem remains, so a bad
// note is a line naming its file and field, never a stack trace from deep inside a page.

import { checkContent, findingLines } from '@/lib/content/check';
import { notesDir } from '@/lib/content/load';
import { onGitHubActions, settingWarnings } from '@/lib/settings/config.mjs';

/** Checks the settings and the notes and prints what it finds; whether the build may go on. */
export function checkBeforeBuild(): boolean {
  const dir = notesDir();
  const findings = checkContent(dir);
  const { lines, summary } = findingLines(findings, dir);
  for (const warning of settingWarnings)
    console.warn(onGitHubActions ? `::warning::${warning}` : `warning: ${warning}`);
  for (const line of lines) console.error(line);
  if (findings.problems.length > 0) {
    console.error(summary);
    return false;
  }
  console.log(summary);
  return true;
}
