// Temporary: screenshots of the reading changes (not committed).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { servePreview } from '@/lib/preview-server';
import { basePath } from '@/lib/site';
import { CHROMIUM_ARGS, findChromium } from '@/tools/chromium';

const [dir, to, ...routes] = process.argv.slice(2);
mkdirSync(to, { recursive: true });
const preview = await servePreview({ dir, basePath });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 390]) {
    const touch = width < 500;
    const context = await browser.newContext({ colorScheme, viewport: { width, height: touch ? 844 : 800 }, isMobile: touch, hasTouch: touch });
    const page = await context.newPage();
    for (const spec of routes) {
      const [name, route, action] = spec.split('|');
      await page.goto(`${preview.origin}${basePath}${route}`);
      if (route.startsWith('/search/')) await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
      if (action === 'more') {
        await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
        await page.getByRole('status').filter({ hasText: /Showing 40|notes match/ }).waitFor();
      }
      if (action === 'bottom') await page.getByRole('navigation', { name: 'Pages' }).scrollIntoViewIfNeeded();
      if (action === 'bottom') {
        await page.getByRole('navigation', { name: 'Pages' }).screenshot({ path: `${to}/${name}-${width}-${colorScheme}-nav.png` });
      }
      await page.screenshot({ path: `${to}/${name}-${width}-${colorScheme}${action === 'full' ? '-full' : ''}.png`, fullPage: action === 'full' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      console.log(name, width, colorScheme, 'overflow', overflow);
    }
    await context.close();
  }
}
await browser.close();
preview.close();
