// @ts-check
// url-notes' Next.js deployment adapter (next.config.mjs names it as `adapterPath`), which makes
// `next build` the whole build, however it is started (`npm run build`, `next build`, `npx next
// build`): before anything is rendered it checks the notes and settings, and chooses where Next.js
// writes the export (lib/build/export-folder.ts); after Next.js has written it, it runs the build's
// stages (lib/build/stages.ts), which leave the documents in the output folder. Either stops the
// build with exit code 1 and one line per problem. The stages are TypeScript, loaded through tsx.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { outDir } from '../settings/config.mjs';

/** `PHASE_PRODUCTION_BUILD` of next/constants: `next build`, not `next dev` or `next typegen`. */
const PRODUCTION_BUILD = 'phase-production-build';

/** Where this build's export goes when not into `outDir`: a folder in memory, chosen once. */
let exportFolder = /** @type {{ path: string | undefined } | undefined} */ (undefined);

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'url-notes',
  async modifyConfig(config, { phase, projectDir }) {
    // `next typegen` (npm run typecheck) loads the config as a build would, but renders nothing:
    // a bad note must not fail a type check (next/dist/cli/next-typegen.js).
    if (phase !== PRODUCTION_BUILD || process.argv.includes('typegen')) return config;
    const { checkBeforeBuild } = await tsImport('./before-build.ts', import.meta.url);
    if (!checkBeforeBuild()) process.exit(1);
    if (!exportFolder) {
      const { memoryExportFolder } = await tsImport('./export-folder.ts', import.meta.url);
      exportFolder = { path: memoryExportFolder(outDir) };
    }
    const folder = exportFolder.path;
    if (!folder) return config;
    // Memory is not freed by itself: a build that fails or is stopped takes its export with it.
    // (A build killed outright leaves it to the next build, which deletes it first.)
    process.once('exit', () => rmSync(folder, { recursive: true, force: true, maxRetries: 0 }));
    // Under `output: 'export'` the distDir setting names the export's folder; Next.js joins it to
    // the project's folder (writeFullyStaticExport in next/dist/build/index.js), hence relative.
    return { ...config, distDir: path.relative(projectDir, folder) };
  },
  async onBuildComplete() {
    const { runStages, stagesFor } = await tsImport('./stages.ts', import.meta.url);
    const problems = await runStages(outDir, stagesFor(exportFolder?.path));
    if (problems.length === 0) return;
    for (const problem of problems) console.error(problem);
    process.exit(1);
  },
};

export default adapter;
