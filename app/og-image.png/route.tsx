import { SiteCard } from '@/components/SiteCard';
import { SITE_IMAGE, site } from '@/lib/site';
import { siteIconSvg } from '@/lib/site/app-icons';
import { renderCard } from '@/lib/site/card-image';

export const dynamic = 'force-static';

/** The card image every page names in its Open Graph and Twitter tags, drawn from the identity file. */
export async function GET() {
  const icon = siteIconSvg().toString('base64');
  const { png, missing } = await renderCard(
    <SiteCard name={site.name} description={site.description} icon={`data:image/svg+xml;base64,${icon}`} />,
    SITE_IMAGE.width,
    SITE_IMAGE.height,
  );
  if (missing.length > 0) {
    console.warn(
      `warning: ${SITE_IMAGE.path}: no font here draws ${JSON.stringify(missing.join(''))}; the card leaves it out`,
    );
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
