// `npm run preview [-- --port 4000] [--dir out]`: serves the exported site the way GitHub Pages
// does (tools/preview-server.ts), so that what works here works there.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { previewPort } from '@/lib/config.mjs';
import { basePath } from '@/lib/site';
import { createPreviewServer } from '@/tools/preview-server';

function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: previewPort },
      dir: { type: 'string', default: 'out' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const options = { dir: values.dir, basePath };
  if (!existsSync(path.join(options.dir, 'index.html'))) {
    console.error(`${options.dir}/index.html: missing; build the site first with "npm run build"`);
    process.exit(1);
  }
  if (!existsSync(path.join(options.dir, '.nojekyll'))) {
    console.warn(`${options.dir}/.nojekyll: missing, so paths starting with "_" or "." answer 404, as on GitHub Pages`);
  }
  const server = createPreviewServer(options);
  server.on('error', (error) => {
    console.error(`preview: ${error.message}`);
    process.exit(1);
  });
  server.listen(Number(values.port), values.host, () => {
    const { port } = server.address() as AddressInfo;
    console.log(`Serving ${options.dir}/ as GitHub Pages would at http://localhost:${port}${options.basePath}/`);
  });
}

main();
