// `npm run dev [-- --port 3001]`: `next dev`, plus the one address that answers. Next.js prints
// http://localhost:3000, which is a 404: the site lives under its base path (lib/settings/config.mjs).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { port } from '@/lib/settings/config.mjs';
import { basePath } from '@/lib/site';

/** Where `next dev` with these arguments (and PORT) serves the site's home page. */
export function devAddress(args: string[], portVariable: string | undefined): string {
  let port = portVariable || '3000';
  args.forEach((arg, index) => {
    if (arg === '-p' || arg === '--port') port = args[index + 1] ?? port;
    else if (arg.startsWith('--port=')) port = arg.slice('--port='.length);
  });
  return `http://localhost:${port}${basePath}/`;
}

function main() {
  const args = process.argv.slice(2);
  console.log(`url-notes: open ${devAddress(args, port)} (the site lives under its base path)`);
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [next, 'dev', ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
