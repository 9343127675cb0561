// The site's card image (Open Graph, Twitter), drawn at build time from an element tree with satori
// (SVG) and resvg (PNG). Fonts come from the @fontsource/noto-sans package, read from disk: nothing
// is fetched, so the same identity always draws the same card, offline too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { ReactNode } from 'react';
import satori, { type Font } from 'satori';

/** The scripts Noto Sans covers here; other writing (Chinese, Japanese, Arabic, …) has no glyphs. */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese', 'devanagari'];
const WEIGHTS = [400, 700] as const;

/** Read from the project's node_modules at run time: a bundler would try to inline the files. */
const FONT_FOLDER = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans', 'files');

function fonts(): Font[] {
  return SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      // One family per subset: satori falls back from family to family, not within one name.
      name: `Noto Sans ${subset}`,
      weight,
      style: 'normal' as const,
      data: readFileSync(path.join(FONT_FOLDER, `noto-sans-${subset}-${weight}-normal.woff`)),
    })),
  );
}

/** The CSS `font-family` that draws with every subset, Latin first. */
export const CARD_FONT_FAMILY = SUBSETS.map((subset) => `Noto Sans ${subset}`).join(', ');

/** A PNG of `card`, and the text the fonts could not draw (shown as nothing on the card). */
export async function renderCard(card: ReactNode, width: number, height: number) {
  const missing: string[] = [];
  const svg = await satori(card, {
    width,
    height,
    fonts: fonts(),
    // Asked only for text no given font covers: note it, and draw nothing rather than fetch a font.
    loadAdditionalAsset: async (_language, segment) => {
      missing.push(segment);
      return [];
    },
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
  return { png, missing };
}
