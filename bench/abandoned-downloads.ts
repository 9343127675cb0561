// `npx tsx bench/abandoned-downloads.ts [--downloads 200]`: the preview server's open file
// descriptors before and after abandoned downloads of an 8 MB file (issue 31), and the answer
// for the home page after them. Prints one line of numbers for bench/RESULTS.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { options } from '@/lib/cli';
import { servePreview } from '@/lib/preview-server';
import { abandonDownloads, eventually, openFileDescriptors } from '@/tools/abandoned-downloads';

const HELP = `usage: npx tsx bench/abandoned-downloads.ts [--downloads N]

The preview server's open file descriptors before and after N abandoned downloads of an 8 MB file.

  --downloads N   how many downloads to abandon (default 200)`;

const { values } = options('bench', HELP, { options: { downloads: { type: 'string', default: '200' } } });
const downloads = Number(values.downloads);
const dir = mkdtempSync(path.join(tmpdir(), 'bench-abandoned-'));
writeFileSync(path.join(dir, 'index.html'), 'home');
writeFileSync(path.join(dir, '404.html'), 'not found');
writeFileSync(path.join(dir, 'big.bin'), Buffer.alloc(8 * 1024 * 1024, 1));
writeFileSync(path.join(dir, '.nojekyll'), '');
const preview = await servePreview({ dir, basePath: '/url-notes' });
try {
  const before = openFileDescriptors();
  await abandonDownloads(preview.origin, '/url-notes/big.bin', downloads);
  const right = openFileDescriptors();
  await eventually(() => openFileDescriptors() <= before, 5_000);
  const later = openFileDescriptors();
  const home = await fetch(`${preview.origin}/url-notes/`);
  console.log(
    `${downloads} abandoned downloads: open descriptors ${before} before, ${right} right after, ${later} after up to 5 s; home page ${home.status}`,
  );
} finally {
  preview.close();
  rmSync(dir, { recursive: true, force: true });
}
