import { addNotes } from '@/lib/add/page-data';

export const dynamic = 'force-static';

/** `/add/notes.json`: every note's URL and slug, fetched by the /add/ page for its duplicate check rather than inlined in it. */
export function GET() {
  return Response.json(addNotes());
}
