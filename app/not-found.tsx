import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteHeader } from '../components/SiteHeader';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'There is no page at this address.',
  robots: { index: false },
};

export default function NotFound() {
  return (
    <>
      <SiteHeader trail={[{ label: 'not found' }]} />
      <main id="main">
        <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
        <p>
          <Link href="/">Go to the newest notes</Link> or <Link href="/tags/">browse all tags</Link>.
        </p>
      </main>
    </>
  );
}
