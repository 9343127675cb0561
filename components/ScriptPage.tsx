import type { ReactNode } from 'react';
import { SiteHeader } from './SiteHeader';

type Props = {
  /** The page's step in the header line: `search`, `add`. */
  label: string;
  /** What the page offers a visitor without JavaScript instead. */
  withoutScript: ReactNode;
  children: ReactNode;
};

/**
 * A page that runs a script of its own (`/search/`, `/add/`): the header without its search box,
 * which such a page has in its own form, and a paragraph for visitors without JavaScript.
 */
export function ScriptPage({ label, withoutScript, children }: Props) {
  return (
    <>
      <SiteHeader trail={[{ label }]} showSearch={false} />
      <main id="main">
        <noscript>
          <p>{withoutScript}</p>
        </noscript>
        {children}
      </main>
    </>
  );
}
