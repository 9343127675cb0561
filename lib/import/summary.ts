// What a service kept beside a link (description, the owner's note, excerpt, highlights,
// selection) as a note's summary: one item per kind, its text escaped so that it shows as written.
import { escapeMarkdown } from '@/lib/authoring/quote';
import type { Extra } from './types';

/** The extras as a list: `- **Note:** text`, or, for text of several lines, one nested item a line. */
export function summaryMarkdown(extras: Extra[]): string {
  return extras
    .map(({ label, text }) => {
      const lines = text.split(/\r?\n/).map(escapeMarkdown).filter(Boolean);
      return lines.length === 1
        ? `- **${label}:** ${lines[0]}`
        : [`- **${label}:**`, ...lines.map((line) => `  - ${line}`)].join('\n');
    })
    .join('\n');
}
