import { scriptResponse } from '@/lib/build/browser-scripts';

export const dynamic = 'force-static';

/** `/search.js`: lib/browser/search.ts bundled (lib/build/browser-scripts.ts). */
export function GET() {
  return scriptResponse('search.js');
}
