import { scriptResponse } from '@/lib/build/browser-scripts';

export const dynamic = 'force-static';

/** `/add.js`: lib/browser/add.ts bundled (lib/build/browser-scripts.ts). */
export function GET() {
  return scriptResponse('add.js');
}
