import { CARD_FONT_FAMILY } from '@/lib/site/card-image';

type Props = {
  name: string;
  description: string;
  /** The site's icon as a `data:` URL. */
  icon: string;
};

const BLUE = '#0b57d0';

/**
 * The card image's layout: the icon, the site's name and its description, 1200 × 630. Drawn by
 * satori (lib/card-image.ts), which reads inline styles only, so this one component has no CSS
 * module. Long names and descriptions get smaller type and are cut with an ellipsis, never overflow.
 */
export function SiteCard({ name, description, icon }: Props) {
  const nameSize = name.length <= 18 ? 88 : name.length <= 36 ? 64 : 48;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: '#ffffff' }}>
      <div style={{ display: 'flex', height: 24, background: BLUE }} />
      <div style={{ display: 'flex', flex: 1, alignItems: 'center', padding: '0 96px', gap: 64 }}>
        {/* biome-ignore lint/performance/noImgElement: satori draws <img>; there is no browser here. */}
        <img src={icon} width={240} height={240} alt="" />
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1, gap: 24, fontFamily: CARD_FONT_FAMILY }}>
          <div style={{ fontSize: nameSize, fontWeight: 700, color: '#1a1a1a', lineHeight: 1.1, lineClamp: 2 }}>
            {name}
          </div>
          <div style={{ fontSize: 40, color: '#333333', lineHeight: 1.35, lineClamp: 4 }}>{description}</div>
        </div>
      </div>
    </div>
  );
}
