import { tagFeedParams, tagFeedResponse } from '@/lib/feeds';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = tagFeedParams;

export function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  return tagFeedResponse('rss', params);
}
