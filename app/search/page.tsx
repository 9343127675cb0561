import type { Metadata } from 'next';
import { ScriptPage } from '@/components/ScriptPage';
import { Search } from '@/components/Search';
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
  const withoutScript = (
    <>
      Search runs in your browser and needs JavaScript. <a href={sitePath('/tags/')}>Browse all tags</a> instead.
    </>
  );
  return (
    <ScriptPage label="search" withoutScript={withoutScript}>
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
    </ScriptPage>
  );
}
