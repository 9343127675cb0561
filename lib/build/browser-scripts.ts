// The site's own browser scripts (lib/browser/), each bundled with esbuild into one small module
// and served by a route of its own (app/search.js/, app/add.js/): `next dev` serves them as `next
// build` writes them. Pages load them with `data-keep`, so the build's script stripping leaves them.
import { build } from 'esbuild';

/** A script a page loads, by the file it is served as. */
export type BrowserScript = 'search.js' | 'add.js';

/** Every script, and the module each is bundled from. */
const SOURCES: Record<BrowserScript, string> = { 'search.js': 'lib/browser/search.ts', 'add.js': 'lib/browser/add.ts' };

export const BROWSER_SCRIPTS = Object.keys(SOURCES).filter((name): name is BrowserScript => name in SOURCES);

/** The most a script may weigh, gzipped: a page that runs one stays light on a phone. */
export const SCRIPT_BUDGET = 15 * 1024;

/** The script bundled: its own code and the lib/ functions it shares with the build, minified. */
export async function bundleScript(script: BrowserScript): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [SOURCES[script]],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: ['chrome111', 'firefox115', 'safari16.4'],
    logLevel: 'warning',
  });
  return outputFiles.map((file) => file.text).join('');
}

/** The script as a route answers it. */
export async function scriptResponse(script: BrowserScript): Promise<Response> {
  return new Response(await bundleScript(script), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
