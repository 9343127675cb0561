import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath, messageOf } from '@/lib/messages';
import { normalizeTag } from '@/lib/tags';
import { withoutBom } from '@/lib/text';
import { parseYaml } from './front-matter';
import type { ContentProblem } from './problems';

/** The optional aliases file in the content folder: `alias: canonical tag`, one per line. */
export const ALIASES_FILE = 'tags.yml';

/** Canonical tag names by alias, both normalised. */
export type TagAliases = Map<string, string>;

/**
 * Reads `tags.yml`: a YAML mapping from aliases to the tags they stand for. An alias must point
 * at a tag, not at another alias (which would make the canonical tag depend on reading order).
 */
export function loadTagAliases(dir: string): { aliases: TagAliases; problems: ContentProblem[] } {
  const source = path.join(dir, ALIASES_FILE);
  const aliases: TagAliases = new Map();
  if (!existsSync(source)) return { aliases, problems: [] };
  const file = displayPath(source);
  const problems: ContentProblem[] = [];
  let data: unknown;
  try {
    data = parseYaml(withoutBom(readFileSync(source, 'utf8')));
  } catch (error) {
    return { aliases, problems: [{ file, field: 'aliases', message: `invalid YAML: ${messageOf(error)}` }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { aliases, problems: [{ file, field: 'aliases', message: 'must be a mapping like "llms: llm"' }] };
  }
  for (const [alias, tag] of Object.entries(data)) {
    if (typeof tag !== 'string' || tag.trim() === '' || alias.trim() === '') {
      problems.push({
        file,
        field: alias,
        message: `must name the tag it stands for, like "llms: llm" (got ${JSON.stringify(tag)})`,
      });
    } else if (normalizeTag(alias) === normalizeTag(tag)) {
      problems.push({
        file,
        field: alias,
        message: 'points to itself; tags that differ only in case or spacing are one tag already',
      });
    } else if (aliases.has(normalizeTag(alias)) && aliases.get(normalizeTag(alias)) !== normalizeTag(tag)) {
      problems.push({
        file,
        field: alias,
        message: `is listed twice, for "${aliases.get(normalizeTag(alias))}" and "${normalizeTag(tag)}"`,
      });
    } else {
      aliases.set(normalizeTag(alias), normalizeTag(tag));
    }
  }
  for (const [alias, tag] of aliases) {
    if (!aliases.has(tag)) continue;
    const chain = [alias, tag];
    while (aliases.has(chain[chain.length - 1]) && !chain.slice(0, -1).includes(chain[chain.length - 1])) {
      chain.push(aliases.get(chain[chain.length - 1]) ?? '');
    }
    const cycle = chain.slice(0, -1).includes(chain[chain.length - 1]);
    problems.push({
      file,
      field: alias,
      message: cycle
        ? `forms a cycle (${chain.join(' → ')}); point each alias at a tag`
        : `points to "${tag}", which is itself an alias; point it at "${chain[chain.length - 1]}"`,
    });
  }
  return { aliases, problems };
}
