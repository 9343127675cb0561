import type { Nodes } from 'hast';
import { defaultSchema, type Schema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

export type RenderedMarkdown = {
  /** Sanitized HTML: no raw HTML, no event handlers, no `javascript:` links. */
  html: string;
  /** The plain text, for meta descriptions. */
  text: string;
};

// GitHub's sanitizing schema, plus the one `rel` value we add ourselves.
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

const processor = remark().use(remarkGfm).use(externalLinks);

/**
 * The sanitizer drops an unsafe `href` (`javascript:`) but keeps its `<a>`, which crawlers then
 * report as a link they cannot follow: such an anchor becomes its text.
 */
function unwrapLinksWithoutHref(tree: Nodes): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'a' || node.properties.href !== undefined || parent === undefined || index === undefined) {
      return;
    }
    parent.children.splice(index, 1, ...node.children);
    // Visit the moved children in their new place.
    return index;
  });
}

/** Markdown to sanitized HTML (what remark-html did), with anchors left without `href` unwrapped. */
function toSafeHtml(tree: Root): string {
  const hast = sanitize(toHast(tree), schema);
  unwrapLinksWithoutHref(hast);
  const html = toHtml(hast);
  // remark-html ended the HTML with a newline; summaries keep that shape.
  return html === '' || html.endsWith('\n') ? html : `${html}\n`;
}

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
  const html = toSafeHtml(processor.runSync(tree));
  return { html, text };
}
