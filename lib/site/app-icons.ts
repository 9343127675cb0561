// The web app's icons: PNGs drawn at build time from the site's icon, app/icon.svg, with resvg, in
// the sizes Chromium asks of an installable site (192 and 512 px) and a maskable one that a phone may
// cut to a circle or a squircle.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { designToken } from './design-tokens';

/** One icon of the manifest: its file under `/icons/`, its width and height, and its purpose. */
export type AppIcon = { file: string; size: number; purpose: 'any' | 'maskable' };

export const APP_ICONS: AppIcon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

/** An icon's site path, which app/icons/[file]/route.ts serves. */
export function appIconPath(icon: AppIcon): string {
  return `/icons/${icon.file}`;
}

/** The site's icon, app/icon.svg: the favicon, and the picture of the card image and the app icons. */
export function siteIconSvg(): Buffer {
  return readFileSync(path.join(process.cwd(), 'app', 'icon.svg'));
}

/**
 * The maskable icon: a mask keeps at least the middle circle of 80% of its width, so the icon is drawn
 * at that size on a full square of the link colour, the colour the icon is drawn in, which its rounded
 * corners then meet without a seam.
 */
function maskableSvg(): string {
  const icon = `data:image/svg+xml;base64,${siteIconSvg().toString('base64')}`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">',
    `<rect width="100" height="100" fill="${designToken('link')}"/>`,
    `<image x="10" y="10" width="80" height="80" href="${icon}"/>`,
    '</svg>',
  ].join('');
}

/** The PNG of `icon`. */
export function renderAppIcon(icon: AppIcon): Buffer {
  const svg = icon.purpose === 'maskable' ? maskableSvg() : siteIconSvg();
  return new Resvg(svg, { fitTo: { mode: 'width', value: icon.size } }).render().asPng();
}
