// `npm run dev [-- --port 3001]`: `next dev`, plus the one address that answers. Next.js prints
// http://localhost:3000, which is a 404: the site lives under its base path (lib/settings/config.mjs).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { options } from '@/lib/cli';
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

const HELP = `usage: npm run dev [-- --port 3000] [next dev's options]

Runs next dev, and prints the one address that answers: the site lives under its base path. Every
option goes on to next dev as given (npx next dev --help lists them).

  -p, --port N  the port (default: PORT, else 3000)`;

function main() {
  const args = process.argv.slice(2);
  // Every argument goes on to next dev as given: parsed here only for --help.
  options('dev', HELP, {
    args,
    options: { port: { type: 'string', short: 'p' } },
    strict: false,
    allowPositionals: true,
  });
  console.log(`url-notes: open ${devAddress(args, port)} (the site lives under its base path)`);
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [next, 'dev', ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
