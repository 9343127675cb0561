import { defaultSchema, type Schema } from 'hast-util-sanitize';
import type { Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

export type RenderedMarkdown = {
  /** Sanitized HTML: no raw HTML, no event handlers, no `javascript:` links. */
  html: string;
  /** The plain text, for meta descriptions. */
  text: string;
};

// GitHub's sanitizing schema (remark-html's default), plus the one `rel` value we add ourselves.
const schema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), ['rel', 'noopener', 'noreferrer']],
  },
};

/** Links in a summary point at other sites: they must not leak the referrer or the opener. */
const externalLinks: Plugin<[], Root> = () => {
  return (tree) => {
    visit(tree, 'link', (link) => {
      if (/^https?:/i.test(link.url)) {
        link.data = { ...link.data, hProperties: { rel: ['noopener', 'noreferrer'] } };
      }
    });
  };
};

const processor = remark().use(remarkGfm).use(externalLinks).use(remarkHtml, { sanitize: schema });

/** The text of each paragraph-like block, spaced, so that list items do not run together. */
function plainText(tree: Root): string {
  const blocks: string[] = [];
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    blocks.push(mdastToString(node, { includeHtml: false }));
    return SKIP;
  });
  return blocks.join(' ').replace(/\s+/g, ' ').trim();
}

/** Renders a note's markdown summary to sanitized HTML and plain text. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  // Control characters other than tab and newline are not allowed in XML: a stray one in a summary
  // would make every feed that carries it unreadable.
  const tree = processor.parse(markdown.replace(/(?![\t\n\r])\p{Cc}|[\uFFFE\uFFFF]/gu, ''));
  const text = plainText(tree);
  const html = processor.stringify(processor.runSync(tree));
  return { html, text };
}
