import type { Metadata } from 'next';
import { Search } from '@/components/Search';
import { SiteHeader } from '@/components/SiteHeader';
import { getAllNotes } from '@/lib/notes';
import { sitePath } from '@/lib/paths';
import { isDevelopment } from '@/lib/settings/config.mjs';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search every note by words in its title, tags, site and summary.',
  path: '/search/',
});

export default function SearchPage() {
  return (
    <>
      <SiteHeader trail={[{ label: 'search' }]} showSearch={false} />
      <main id="main">
        <noscript>
          <p>
            Search runs in your browser and needs JavaScript. <a href={sitePath('/tags/')}>Browse all tags</a> instead.
          </p>
        </noscript>
        {isDevelopment() && (
          <p className="intro">
            <code>npm run dev</code> builds no search index: run <code>npm run build</code>, then{' '}
            <code>npm run preview</code>, to search.
          </p>
        )}
        {getAllNotes().length > 0 ? (
          <Search />
        ) : (
          <p className="intro">
            No notes to search yet. The <a href={sitePath('/')}>home page</a> says how to add the first one.
          </p>
        )}
      </main>
    </>
  );
}
