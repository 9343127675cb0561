// A build stage: a site with no notes yet exports one placeholder page for each of its tag and note
// routes, which Next.js requires (lib/static-params.ts). Nothing links to them; they go.
import { readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { getAllNotes } from '@/lib/notes';
import { PLACEHOLDER } from '@/lib/static-params';
import type { Stage } from '../stage';

/** The placeholder pages and feeds, under the routes that have a slug. */
const ROUTES = ['note', 'tag'];

async function removePlaceholders(outDir: string): Promise<string[]> {
  if (getAllNotes().length > 0) return [];
  for (const route of ROUTES) {
    await rm(path.join(outDir, route, PLACEHOLDER), { recursive: true, force: true });
    // The route's folder held the placeholder alone.
    if ((await readdir(path.join(outDir, route))).length === 0) await rmdir(path.join(outDir, route));
  }
  console.log(`${outDir}/: no notes yet; the tag and note routes' placeholder pages removed`);
  return [];
}

export const emptyRoutesStage: Stage = { name: 'empty-routes', run: removePlaceholders };
