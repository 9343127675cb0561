import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SiteCard } from '@/components/SiteCard';
import { renderCard } from '@/lib/site/card-image';

const icon = `data:image/svg+xml;base64,${readFileSync('app/icon.svg').toString('base64')}`;

/** A PNG's width and height, from its IHDR chunk. */
const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the card image', () => {
  it('is a 1200 × 630 PNG drawn from the name and description, with nothing left out', async () => {
    const { png, missing } = await renderCard(
      <SiteCard name="Field Notes — Ærø & Ελλάδα" description="Ссылки, которые я храню." icon={icon} />,
      1200,
      630,
    );
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(size(png)).toEqual({ width: 1200, height: 630 });
    expect(missing).toEqual([]);
  });

  it('names the text its fonts cannot draw, rather than fetching a font', async () => {
    const { missing } = await renderCard(<SiteCard name="メモ帳" description="Links." icon={icon} />, 1200, 630);
    expect(missing.join('')).toContain('メモ帳');
  });
});
