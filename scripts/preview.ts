// `npm run preview [-- --port 4000] [--dir out]`: serves the exported site the way GitHub Pages
// does (lib/preview-server.ts), so that what works here works there.
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fail, options as parseOptions } from '@/lib/cli';
import { builtBasePath, createPreviewServer } from '@/lib/preview-server';
import { port as portVariable } from '@/lib/settings/config.mjs';
import { basePath } from '@/lib/site';

/** The port as a number, or one line and exit 1. */
function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    fail(`preview: --port must be a whole number from 0 to 65535 (got ${JSON.stringify(text)})`);
  return port;
}

const HELP = `usage: npm run preview [-- --port 4000] [--dir out] [--host 127.0.0.1]

Serves the built site the way GitHub Pages does, under its base path, so that what works here
works there.

  --port N     the port (default: PORT, else 4000; 0 takes a free one)
  --dir DIR    the built site's folder (default: out)
  --host HOST  the address to listen on (default: 127.0.0.1)`;

function main() {
  const { values } = parseOptions('preview', HELP, {
    options: {
      port: { type: 'string', default: portVariable ?? '4000' },
      dir: { type: 'string', default: 'out' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const port = portOf(values.port);
  const options = { dir: values.dir, basePath };
  const index = path.join(options.dir, 'index.html');
  if (!existsSync(index)) {
    console.error(`${options.dir}/index.html: missing; build the site first with "npm run build"`);
    process.exit(1);
  }
  const built = builtBasePath(readFileSync(index, 'utf8'));
  if (built !== undefined && built !== basePath) {
    console.warn(
      `${index}: built for the base path ${built || '/'}, but served at ${basePath || '/'}; pages would show unstyled. ` +
        `Build again with "npm run build", or preview with BASE_PATH=${built || '/'} npm run preview`,
    );
  }
  if (!existsSync(path.join(options.dir, '.nojekyll'))) {
    console.warn(`${options.dir}/.nojekyll: missing, so paths starting with "_" or "." answer 404, as on GitHub Pages`);
  }
  const server = createPreviewServer(options);
  server.on('error', (error) => {
    if ('code' in error && error.code === 'EADDRINUSE') {
      fail(
        `preview: port ${port} on ${values.host} is in use; pick another with npm run preview -- --port ${port + 1}`,
      );
    }
    fail(`preview: ${error.message}`);
  });
  server.listen(port, values.host, () => {
    const { port } = server.address() as AddressInfo;
    console.log(`Serving ${options.dir}/ as GitHub Pages would at http://localhost:${port}${options.basePath}/`);
  });
}

main();
