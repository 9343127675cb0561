// What a service kept beside a link (description, the owner's note, excerpt, highlights,
// selection) as a note's summary: one item per kind, its text escaped so that it shows as written.
import { escapeMarkdown } from '@/lib/authoring/quote';
import type { Extra, Highlight } from './types';

/** The extras as a list: `- **Note:** text`, or, for text of several lines, one nested item a line. */
function summaryMarkdown(extras: Extra[]): string {
  return extras
    .map(({ label, text }) => {
      const lines = escapedLines(text);
      return lines.length === 1
        ? `- **${label}:** ${lines[0]}`
        : [`- **${label}:**`, ...lines.map((line) => `  - ${line}`)].join('\n');
    })
    .join('\n');
}

/** The heading the highlights of a note sit under, at the end of its summary. */
const HIGHLIGHTS_HEADING = '## Highlights';

/** The lines of a text, each escaped, blank ones left out. */
function escapedLines(text: string): string[] {
  return text.split(/\r?\n/).map(escapeMarkdown).filter(Boolean);
}

/** One highlight: the passage as a blockquote, the owner's note for it below as its own paragraphs. */
function highlightMarkdown({ quote, note }: Highlight): string {
  const passage = escapedLines(quote).map((line) => `> ${line}`);
  return [passage.join('\n'), ...escapedLines(note)].filter(Boolean).join('\n\n');
}

/**
 * What to append to a summary so that it shows every one of `highlights`: the heading (unless the
 * summary has it) and each highlight it does not show yet; undefined when it shows them all.
 */
export function highlightsToAppend(summary: string, highlights: Highlight[]): string | undefined {
  const shown = new Set<string>();
  const fresh = highlights.map(highlightMarkdown).filter((block) => {
    const isNew = block !== '' && !summary.includes(block) && !shown.has(block);
    shown.add(block);
    return isNew;
  });
  if (fresh.length === 0) return undefined;
  const hasHeading = summary.split(/\r?\n/).includes(HIGHLIGHTS_HEADING);
  return [...(hasHeading ? [] : [HIGHLIGHTS_HEADING]), ...fresh].join('\n\n');
}

/** A new note's summary: the extras as a list, then the highlights under their heading. */
export function newSummary(extras: Extra[], highlights: Highlight[]): string {
  const list = summaryMarkdown(extras);
  return [list, highlightsToAppend(list, highlights) ?? ''].filter(Boolean).join('\n\n');
}
