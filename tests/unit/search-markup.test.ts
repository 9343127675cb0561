import { describe, expect, it } from 'vitest';
import { withoutSearchMarkup } from '@/lib/build/stages/search-markup';

// A note page's article as components/NoteArticle.tsx renders it, cut short.
const ARTICLE =
  '<main><article class="A" data-pagefind-body="" data-pagefind-meta="title[data-title], tags[data-tags]" data-pagefind-sort="date[data-date]" data-title="Fish &amp; chips &gt; 3" data-link="https://example.org/a" data-hostname="example.org" data-date="2025-01-02" data-datelabel="2 Jan 2025" data-tags="[{&quot;name&quot;:&quot;c#&quot;}]">' +
  '<header data-pagefind-ignore="" data-title-note="kept"><h1 data-title="kept too">Fish</h1></header><div class="S"><p>The <em>summary</em>.</p><p hidden="">Hidden by its writer</p></div>' +
  '<p class="src" data-pagefind-ignore=""><a href="https://example.org/a">Read it</a></p>' +
  '<p hidden=""><span id="keywords"></span>Fish &amp; chips example.org c#</p></article></main>';

describe('search-markup', () => {
  it('takes out what only the search index reads and leaves the rest byte for byte', () => {
    expect(withoutSearchMarkup(ARTICLE)).toBe(
      '<main><article class="A">' +
        '<header data-title-note="kept"><h1 data-title="kept too">Fish</h1></header><div class="S"><p>The <em>summary</em>.</p><p hidden="">Hidden by its writer</p></div>' +
        '<p class="src"><a href="https://example.org/a">Read it</a></p>' +
        '</article></main>',
    );
  });

  it('leaves a page without the index’s markup as it is', () => {
    const page = '<main><p hidden="">x<span id="keywords"></span></p><p data-title="t">y</p></main>';
    expect(withoutSearchMarkup(page)).toBe(page);
  });
});
