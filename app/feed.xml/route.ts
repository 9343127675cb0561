import { feedResponse, SITE_FEED } from '@/lib/feeds';
import { getAllNotes } from '@/lib/notes';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse('rss', { ...SITE_FEED, notes: getAllNotes() });
}
