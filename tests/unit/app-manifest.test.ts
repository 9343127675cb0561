import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { basePath } from '@/lib/site';
import { APP_ICONS, renderAppIcon } from '@/lib/site/app-icons';
import { appManifest } from '@/lib/site/app-manifest';
import { designToken } from '@/lib/site/design-tokens';

/** The RGBA of a PNG's top left pixel, as resvg reads the PNG back (drawn in an SVG of its size). */
function cornerPixel(png: Buffer): number[] {
  const { width, height } = size(png);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return [...new Resvg(svg).render().pixels.subarray(0, 4)];
}

/** A PNG's width and height, from its IHDR chunk. */
const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the web app manifest', () => {
  it('names the site from its identity, starts and stays under the base path, and is standalone', () => {
    const manifest = appManifest();
    expect(manifest).toMatchObject({
      id: `${basePath}/`,
      name: 'Fixture Notes',
      short_name: 'Fixture Notes',
      description: 'Notes the tests build: fixtures of every kind a note can be.',
      lang: 'en',
      start_url: `${basePath}/`,
      scope: `${basePath}/`,
      display: 'standalone',
    });
  });

  it('makes /add/ the share target, by GET with the query the page reads', () => {
    expect(appManifest().share_target).toEqual({
      action: `${basePath}/add/`,
      method: 'GET',
      enctype: 'application/x-www-form-urlencoded',
      params: { title: 'title', text: 'text', url: 'url' },
    });
  });

  it('takes its colours from the design tokens', () => {
    expect(appManifest()).toMatchObject({ theme_color: '#0b57d0', background_color: '#ffffff' });
    expect(() => designToken('no-such-token')).toThrow('app/tokens.css: --no-such-token: no such token');
  });

  it('lists icons of 192 and 512 px, one maskable, each a PNG of its size', () => {
    expect(appManifest().icons).toEqual([
      { src: `${basePath}/icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `${basePath}/icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `${basePath}/icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
    for (const icon of APP_ICONS) {
      const png = renderAppIcon(icon);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(size(png)).toEqual({ width: icon.size, height: icon.size });
    }
  });

  it('fills the maskable icon to its corners in the link colour, where a mask may cut; the others have round corners', () => {
    for (const icon of APP_ICONS) {
      expect(cornerPixel(renderAppIcon(icon)), icon.file).toEqual(
        icon.purpose === 'maskable' ? [11, 87, 208, 255] : [0, 0, 0, 0],
      );
    }
  });
});
