// The build after Next.js has written the export, in order: every page becomes a plain document
// first, so that the stages after it see the pages as they are deployed; the reference check comes
// after every stage that adds or deletes files. A group runs side by side: Pagefind indexes in a
// process of its own while the references are checked, and neither writes a page. Once the index is
// built, the markup that only it reads leaves the note pages (attributes and a paragraph without
// links, so the references stay as checked).
import { messageOf } from '@/lib/messages';
import type { Stage } from './stage';
import { checkReferencesStage } from './stages/check-references';
import { emptyRoutesStage } from './stages/empty-routes';
import { oldTagLinksStage } from './stages/old-tag-links';
import { scriptBudgetStage } from './stages/script-budget';
import { searchIndexStage } from './stages/search-index';
import { searchMarkupStage } from './stages/search-markup';
import { siteSizeStage } from './stages/site-size';
import { stripScriptsStage } from './stages/strip-scripts';

/**
 * The build's stages, for an export that Next.js wrote into `exportDir`: a folder in memory
 * (lib/build/export-folder.ts), or, when not given, the output folder itself.
 */
export function stagesFor(exportDir?: string): (Stage | Stage[])[] {
  return [
    stripScriptsStage(exportDir),
    emptyRoutesStage,
    oldTagLinksStage,
    scriptBudgetStage,
    [searchIndexStage, checkReferencesStage],
    searchMarkupStage,
    siteSizeStage,
  ];
}

/**
 * Runs the stages on `outDir` in order and stops after the first step that finds problems; resolves
 * to those problems. A stage that throws is one problem, named after the stage.
 */
export async function runStages(outDir: string, stages = stagesFor()): Promise<string[]> {
  for (const step of stages) {
    const group = Array.isArray(step) ? step : [step];
    const found = await Promise.all(group.map((stage) => runStage(stage, outDir)));
    const problems = found.flat();
    if (problems.length > 0) return problems;
  }
  return [];
}

async function runStage({ name, run }: Stage, outDir: string): Promise<string[]> {
  try {
    return await run(outDir);
  } catch (error) {
    return [`build: ${name}: ${messageOf(error)}`];
  }
}
