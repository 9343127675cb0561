// @ts-check
// url-notes' Next.js deployment adapter (next.config.mjs names it as `adapterPath`), which makes
// `next build` the whole build, however it is started (`npm run build`, `next build`, `npx next
// build`): before anything is rendered it checks the notes and settings; after Next.js has written
// the export it runs the build's stages (lib/build/stages.ts) on it. Either stops the build with
// exit code 1 and one line per problem. The stages are TypeScript, loaded through tsx.
import { tsImport } from 'tsx/esm/api';
import { outDir } from '../settings/config.mjs';

/** `PHASE_PRODUCTION_BUILD` of next/constants: `next build`, not `next dev` or `next typegen`. */
const PRODUCTION_BUILD = 'phase-production-build';

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'url-notes',
  async modifyConfig(config, { phase }) {
    // `next typegen` (npm run typecheck) loads the config as a build would, but renders nothing:
    // a bad note must not fail a type check (next/dist/cli/next-typegen.js).
    if (phase !== PRODUCTION_BUILD || process.argv.includes('typegen')) return config;
    const { checkBeforeBuild } = await tsImport('./before-build.ts', import.meta.url);
    if (!checkBeforeBuild()) process.exit(1);
    return config;
  },
  async onBuildComplete() {
    const { runStages } = await tsImport('./stages.ts', import.meta.url);
    const problems = await runStages(outDir);
    if (problems.length === 0) return;
    for (const problem of problems) console.error(problem);
    process.exit(1);
  },
};

export default adapter;
