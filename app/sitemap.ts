import type { MetadataRoute } from 'next';
import { pageParams, paginate } from '@/lib/lists/pagination';
import { getAllNotes, getAllTags, getNotesByTag, type Note } from '@/lib/notes';
import { listPagePath, notePath, tagPath } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page of a list: `/`, `/page/2/`, … each dated by its newest note. */
function listPages(base: string, notes: Note[]): MetadataRoute.Sitemap {
  return pageParams(notes.length).map((_, index) => ({
    url: absoluteUrl(listPagePath(base, index + 1)),
    lastModified: paginate(notes, index + 1)?.items[0]?.date,
  }));
}

/** Every page of the site with its absolute URL, `lastmod` from the newest note it shows. */
// Not /add/: a tool for the author, marked noindex.
export default function sitemap(): MetadataRoute.Sitemap {
  const notes = getAllNotes();
  return [
    ...listPages('/', notes),
    { url: absoluteUrl('/tags/'), lastModified: notes[0]?.date },
    { url: absoluteUrl('/search/'), lastModified: notes[0]?.date },
    ...getAllTags().flatMap((tag) => listPages(tagPath(tag.slug), getNotesByTag(tag.slug))),
    ...notes.map((note) => ({ url: absoluteUrl(notePath(note.slug)), lastModified: note.date })),
  ];
}
