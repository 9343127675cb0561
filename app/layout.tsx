import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentProblems } from '@/components/ContentProblems';
import { SITE_FEEDS } from '@/lib/feeds';
import { contentProblemLines } from '@/lib/notes';
import { sitePath } from '@/lib/paths';
import { site, siteUrl } from '@/lib/site';
import { pageMetadata } from '@/lib/site/metadata';
import './globals.css';

export const metadata: Metadata = {
  ...pageMetadata({ description: site.description }),
  // Relative URLs in metadata (canonical, feeds, Open Graph) become absolute under the site URL.
  metadataBase: new URL(`${siteUrl}/`),
  title: { default: site.name, template: `%s · ${site.name}` },
};

// The page's colours live in app/globals.css alone: no theme-color to keep in step with them.
export const viewport: Viewport = { colorScheme: 'light dark' };

export default function RootLayout({ children }: { children: ReactNode }) {
  const problems = contentProblemLines();
  return (
    <html lang={site.language}>
      <head>
        {/* Without JavaScript there is no search: hide its box; "All tags" stays beside it. */}
        <noscript>
          <style>{'.needs-js{display:none!important}'}</style>
        </noscript>
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <div className="page">
          {problems.length > 0 && <ContentProblems lines={problems} />}
          {children}
          <footer className="site-footer">
            <p>{site.name}: one markdown note per web link, built into static pages.</p>
            <p>
              {/* Plain links: the feeds are files, not pages for the client router. */}
              Feeds: <a href={sitePath(SITE_FEEDS.rss)}>RSS</a> · <a href={sitePath(SITE_FEEDS.atom)}>Atom</a> ·{' '}
              <a href={sitePath(SITE_FEEDS.json)}>JSON Feed</a> · <a href={sitePath('/sitemap.xml')}>Sitemap</a>
            </p>
          </footer>
        </div>
      </body>
    </html>
  );
}
