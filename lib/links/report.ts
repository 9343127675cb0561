// What a run found, for people (a table grouped by verdict and a one-line summary) and for machines.
import type { LinkResult, Verdict } from './verdict';

/** One note's link and what became of it; `cached` when the answer came from an earlier run. */
export type LinkRow = { file: string; result: LinkResult; cached: boolean };

// Worst first: what needs a person's attention comes at the top.
const GROUPS: { verdict: Verdict; title: string }[] = [
  { verdict: 'dead', title: 'Dead' },
  { verdict: 'moved', title: 'Moved' },
  { verdict: 'failing', title: 'Failing for now' },
  { verdict: 'fine', title: 'Fine' },
];

const HEADINGS = ['note', 'URL', 'status', 'what happened'];

function cells({ file, result, cached }: LinkRow): string[] {
  return [file, result.url, result.status, cached ? `${result.detail} (cached)` : result.detail];
}

function countOf(rows: readonly LinkRow[], verdict: Verdict): number {
  return rows.filter((row) => row.result.verdict === verdict).length;
}

/** The rows as a table, one section per verdict that has any, columns padded to line up. */
export function linkTable(rows: readonly LinkRow[]): string {
  const all = [HEADINGS, ...rows.map(cells)];
  const widths = HEADINGS.map((_, column) => Math.max(...all.map((line) => line[column].length)));
  const line = (values: string[]) =>
    values.map((value, column) => (column < values.length - 1 ? value.padEnd(widths[column]) : value)).join('  ');
  const sections: string[] = [];
  for (const { verdict, title } of GROUPS) {
    const group = rows.filter((row) => row.result.verdict === verdict);
    if (group.length === 0) continue;
    sections.push([`${title} (${group.length})`, line(HEADINGS), ...group.map((row) => line(cells(row)))].join('\n'));
  }
  return sections.join('\n\n');
}

/** One line: how many links, and how many of each verdict. */
export function linkSummary(rows: readonly LinkRow[]): string {
  const cached = rows.filter((row) => row.cached).length;
  const counts = GROUPS.map(({ verdict, title }) => `${countOf(rows, verdict)} ${title.toLowerCase()}`);
  const links = `${rows.length} link${rows.length === 1 ? '' : 's'}`;
  return `${links}: ${counts.join(', ')}${cached > 0 ? ` (${cached} from the cache)` : ''}.`;
}

/** The run as JSON: counts per verdict and every link with its note. */
export function linkJson(rows: readonly LinkRow[]) {
  const counts = Object.fromEntries(GROUPS.map(({ verdict }) => [verdict, countOf(rows, verdict)]));
  return { ...counts, links: rows.map(({ file, result, cached }) => ({ file, ...result, cached })) };
}

// A cell of a markdown table: `|` would end it and `<`, `&` could start markup on GitHub.
function markdownCell(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('|', '\\|');
}

/**
 * The run as markdown, for a GitHub job summary: the summary line, then a table per verdict, worst
 * first; the fine links folded away in a `<details>`.
 */
export function linkMarkdown(rows: readonly LinkRow[]): string {
  const table = (group: LinkRow[]) =>
    [
      `| ${HEADINGS.join(' | ')} |`,
      `| ${HEADINGS.map(() => '---').join(' | ')} |`,
      ...group.map((row) => `| ${cells(row).map(markdownCell).join(' | ')} |`),
    ].join('\n');
  const sections = [`## Links\n\n${linkSummary(rows)}`];
  for (const { verdict, title } of GROUPS) {
    const group = rows.filter((row) => row.result.verdict === verdict);
    if (group.length === 0) continue;
    const heading = `${title} (${group.length})`;
    sections.push(
      verdict === 'fine'
        ? `<details><summary>${heading}</summary>\n\n${table(group)}\n\n</details>`
        : `### ${heading}\n\n${table(group)}`,
    );
  }
  return `${sections.join('\n\n')}\n`;
}
