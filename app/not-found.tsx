import type { Metadata } from 'next';
import { SiteHeader } from '@/components/SiteHeader';
import { sitePath } from '@/lib/paths';

// No `robots` here: Next.js itself marks the not-found page `noindex`, and a second tag would repeat it.
export const metadata: Metadata = {
  title: 'Page not found',
  description: 'There is no page at this address.',
};

export default function NotFound() {
  return (
    <>
      <SiteHeader trail={[{ label: 'not found' }]} />
      <main id="main">
        <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
        <p>
          <a href={sitePath('/')}>Go to the newest notes</a> or <a href={sitePath('/tags/')}>browse all tags</a>.
        </p>
      </main>
    </>
  );
}
