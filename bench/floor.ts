// The framework's floor: a bare Next.js static export with as many routes as url-notes built (a
// layout and a one-paragraph page, nothing else), built in the same run so that url-notes' build
// time can be read against what Next.js itself costs on this machine at that moment.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Timed, timed } from './timed';

const FILES: Record<string, (routes: number) => string> = {
  'next.config.mjs': () => "export default { output: 'export', trailingSlash: true, basePath: '/floor' };\n",
  'app/layout.jsx': () =>
    'export default function Layout({ children }) {\n' +
    '  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  'app/[n]/page.jsx': (routes) =>
    'export const dynamicParams = false;\n' +
    `export function generateStaticParams() {\n  return Array.from({ length: ${routes} }, (_, n) => ({ n: String(n) }));\n}\n` +
    'export default async function Page({ params }) {\n' +
    '  const { n } = await params;\n' +
    '  return <p>Page {n}: one paragraph of text, the least a static page can be.</p>;\n}\n',
};

/** Writes the bare project into `dir` (inside this repository, so it resolves `next` from its node_modules) and builds it. */
export function buildFloor(dir: string, routes: number): Timed {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text(routes));
  }
  return timed(process.execPath, [createRequire(import.meta.url).resolve('next/dist/bin/next'), 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}
