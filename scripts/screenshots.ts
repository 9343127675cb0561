// `npx tsx scripts/screenshots.ts --dir out --to /tmp/shots [--tag c-plus-plus] [--note slug] [--q word]`:
// full-page and first-screen screenshots of home, a tag page, a note page, /tags/ and /search/ at 1280 and 390 px in
// both colour schemes, for looking at a change before and after. Prints each page's height and how
// many note entries (`article`) start and end inside the first screen (1280 × 800, 390 × 844).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { options } from '@/lib/cli';
import { servePreview } from '@/lib/preview-server';
import { basePath } from '@/lib/site';
import { CHROMIUM_ARGS, findChromium } from '@/tools/chromium';

// The phone is a touch screen, as a visitor's would be: no hover, a coarse pointer.
const SCREENS = [
  { viewport: { width: 1280, height: 800 }, touch: false },
  { viewport: { width: 390, height: 844 }, touch: true },
];

const HELP = `usage: npm run screenshots [-- --dir out] [--to DIR] [--tag SLUG] [--note SLUG] [--q WORDS]

Full-page and first-screen screenshots of home, a tag page, a note page, /tags/ and /search/ at 1280
and 390 px, light and dark. Prints each page's height and how many notes fit the first screen.

  --dir DIR    the built site's folder (default: out)
  --to DIR     where the screenshots go (default: tests/.artifacts/shots)
  --tag SLUG   the tag page (default: llm)
  --note SLUG  the note page (default: zeppelin-archive)
  --q WORDS    the search (default: bandwidth)`;

const { values } = options('screenshots', HELP, {
  options: {
    dir: { type: 'string', default: 'out' },
    to: { type: 'string', default: 'tests/.artifacts/shots' },
    tag: { type: 'string', default: 'llm' },
    note: { type: 'string', default: 'zeppelin-archive' },
    q: { type: 'string', default: 'bandwidth' },
  },
});
const pages = {
  home: '/',
  tag: `/tag/${values.tag}/`,
  note: `/note/${values.note}/`,
  tags: '/tags/',
  search: `/search/?q=${encodeURIComponent(values.q)}`,
};

mkdirSync(values.to, { recursive: true });
const preview = await servePreview({ dir: values.dir, basePath });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const { viewport, touch } of SCREENS) {
      const context = await browser.newContext({ colorScheme, viewport, isMobile: touch, hasTouch: touch });
      const page = await context.newPage();
      for (const [name, route] of Object.entries(pages)) {
        await page.goto(`${preview.origin}${basePath}${route}`);
        if (name === 'search') await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
        const file = path.join(values.to, `${name}-${viewport.width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        // The first screen alone, as a visitor meets the page.
        await page.screenshot({ path: file.replace(/\.png$/, '-screen.png') });
        const measured = await page.evaluate((screenHeight) => {
          const boxes = [...document.querySelectorAll('main article')].map((a) => a.getBoundingClientRect());
          return {
            height: document.documentElement.scrollHeight,
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            started: boxes.filter((box) => box.top < screenHeight).length,
            whole: boxes.filter((box) => box.bottom <= screenHeight).length,
          };
        }, viewport.height);
        if (colorScheme === 'light') console.log(`${name} ${viewport.width}px: ${JSON.stringify(measured)}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  preview.close();
}
