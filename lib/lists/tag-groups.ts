// The A to Z of /tags/: each tag under the letter its name starts with, so that a reader finds one
// by name among thousands. Letters that have a capital (Latin, Greek, Cyrillic…) group by that
// capital without accents (ünïcode under U, кириллица under К); letters of other scripts (日本語)
// share one group, and digits and symbols (c# is under C, but 3d and #hashtag are not) another.
import type { Tag } from '@/lib/notes';

/** One group of the A to Z: its label (`A`, `К`, `#`, `Other scripts`), an id for links to it, its tags by name. */
export type TagGroup = { label: string; id: string; tags: Tag[] };

const SYMBOLS = '#';
const OTHER_SCRIPTS = 'Other scripts';
const byName = new Intl.Collator('en', { numeric: true }).compare;

/** The group a tag's name starts in. */
function initial(name: string): string {
  const [first = ''] = name.normalize('NFD').replace(/\p{M}/gu, '');
  const [capital = ''] = first.toLocaleUpperCase('en');
  if (/\p{Lu}/u.test(capital)) return capital;
  return /\p{L}/u.test(first) ? OTHER_SCRIPTS : SYMBOLS;
}

/** A group's id, for links such as `/tags/#tags-C`. */
function groupId(label: string): string {
  if (label === SYMBOLS) return 'tags-symbols';
  return label === OTHER_SCRIPTS ? 'tags-other' : `tags-${label}`;
}

/** Where a group comes: digits and symbols first, the letters in alphabetical order, other scripts last. */
function rank(label: string): number {
  if (label === SYMBOLS) return 0;
  return label === OTHER_SCRIPTS ? 2 : 1;
}

/** The tags grouped by the letter their names start with, the groups and each group's tags in order. */
export function groupByInitial(tags: Tag[]): TagGroup[] {
  const groups = new Map<string, Tag[]>();
  for (const tag of tags) {
    const label = initial(tag.name);
    const members = groups.get(label);
    if (members) members.push(tag);
    else groups.set(label, [tag]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || byName(a, b))
    .map(([label, members]) => ({ label, id: groupId(label), tags: members.sort((a, b) => byName(a.name, b.name)) }));
}
