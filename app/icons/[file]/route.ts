import { APP_ICONS, renderAppIcon } from '@/lib/site/app-icons';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return APP_ICONS.map(({ file }) => ({ file }));
}

/** `/icons/<file>`: the web app manifest's icons (lib/site/app-icons.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const icon = APP_ICONS.find((candidate) => candidate.file === file);
  if (!icon) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(renderAppIcon(icon)), { headers: { 'Content-Type': 'image/png' } });
}
