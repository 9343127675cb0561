import { displayPath } from '@/lib/messages';
import { tagSlug } from '@/lib/tags';
import { normalizeUrl } from '@/lib/urls';
import { everyNote, type Library, type Tag } from './indexing';
import type { Note } from './note';
import type { ContentProblem } from './problems';

/** The file of a note in a content folder, as problems name it. */
export function noteFile(dir: string, slug: string): string {
  return displayPath(dir, `${slug}.md`);
}

/** Every note, published or left out, that notes the same page as an earlier one (by file name). */
export function duplicateUrls(library: Library, dir: string): ContentProblem[] {
  const all = everyNote(library).sort((a, b) => a.slug.localeCompare(b.slug));
  const first = new Map<string, Note>();
  const problems: ContentProblem[] = [];
  for (const note of all) {
    const key = normalizeUrl(note.url);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, note);
    else {
      problems.push({
        file: noteFile(dir, note.slug),
        field: 'url',
        message: `notes the same page as ${noteFile(dir, earlier.slug)} (${earlier.url}); merge the two notes`,
      });
    }
  }
  return problems;
}

/** A tag reduced to the letters and digits of its slug: `node.js` and `nodejs` meet, `c++` and `c#` do not. */
function compact(name: string): string {
  return tagSlug(name).replaceAll('-', '');
}

/** Pairs of tags that are probably one: a plural (`llm`/`llms`), or spelt with other punctuation. */
export function similarTags(tags: Tag[]): string[] {
  // Tags grouped by compact form, in their given order: each tag is compared with its own group
  // and two singular forms, never with every other tag.
  const forms = new Map(tags.map((tag) => [tag, compact(tag.name)]));
  const byForm = new Map<string, Tag[]>();
  for (const tag of tags) {
    const group = byForm.get(forms.get(tag) ?? '');
    if (group) group.push(tag);
    else byForm.set(forms.get(tag) ?? '', [tag]);
  }
  const warnings: string[] = [];
  for (const tag of tags) {
    const form = forms.get(tag) ?? '';
    const singulars = [form.replace(/es$/, ''), form.replace(/s$/, '')].filter((singular) => singular !== form);
    const twins = singulars.map((singular) => byForm.get(singular)?.at(-1));
    const sameLetters = byForm.get(form)?.find((other) => other !== tag && other.name < tag.name);
    for (const other of new Set([...twins, sameLetters])) {
      if (other && other !== tag) {
        warnings.push(
          `tags "${other.name}" (${count(other)}) and "${tag.name}" (${count(tag)}) look like one tag; ` +
            `use one spelling, or map one to the other in tags.yml`,
        );
      }
    }
  }
  return warnings;
}

function count(tag: Tag): string {
  return `${tag.count} ${tag.count === 1 ? 'note' : 'notes'}`;
}
