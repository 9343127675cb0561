import { defaultSchema, type Schema, sanitize } from 'hast-util-sanitize';
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

/** Protocol-relative URLs (`//host/x`) lead to other sites as surely as `https:` ones do. */
function isExternal(url: string): boolean {
  return /^(https?:)?\/\//i.test(url);
}

/**
 * Links in a summary point at other sites: they must not leak the referrer or the opener.
 * Reference links (`[text][ref]`) are judged by their definition's URL.
 */
const externalLinks: Plugin<[], Root> = () => {
  return (tree) => {
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (definition) => {
      if (!definitions.has(definition.identifier)) definitions.set(definition.identifier, definition.url);
    });
    visit(tree, ['link', 'linkReference'], (node) => {
      if (node.type !== 'link' && node.type !== 'linkReference') return;
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
      if (url !== undefined && isExternal(url)) {
        node.data = { ...node.data, hProperties: { rel: ['noopener', 'noreferrer'] } };
      }
    });
  };
};

/** Whether the sanitizer keeps this URL as a link's `href`: it is asked, not imitated. */
function keepsHref(url: string): boolean {
  const probe = sanitize({ type: 'element', tagName: 'a', properties: { href: url }, children: [] }, schema);
  return probe.type === 'element' && probe.properties.href !== undefined;
}

/**
 * The sanitizer drops an unsafe `href` (`javascript:`) but keeps its `<a>`, which crawlers then
 * report as a link they cannot follow (Lighthouse SEO): such a link becomes its text. Reference
 * links (`[text][ref]`) take their URL from the definition, as remark-html does.
 */
const unlinkUnsafeUrls: Plugin<[], Root> = () => {
  return (tree) => {
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (definition) => {
      // The first definition of an identifier wins (CommonMark).
      if (!definitions.has(definition.identifier)) definitions.set(definition.identifier, definition.url);
    });
    visit(tree, ['link', 'linkReference'], (node, index, parent) => {
      if (node.type !== 'link' && node.type !== 'linkReference') return;
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
      if (url === undefined || keepsHref(url) || parent === undefined || index === undefined) return;
      parent.children.splice(index, 1, ...node.children);
      // Visit the moved children in their new place.
      return index;
    });
  };
};

const processor = remark()
  .use(remarkGfm)
  .use(unlinkUnsafeUrls)
  .use(externalLinks)
  .use(remarkHtml, { sanitize: schema });

/** The text of each paragraph-like block, spaced, so that list items do not run together. */
function plainText(tree: Root): string {
  const blocks: string[] = [];
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    blocks.push(mdastToString(node, { includeHtml: false }));
    return SKIP;
  });
  return blocks.join(' ').replace(/\s+/g, ' ').trim();
}

/** A summary's markdown tree. */
function parse(markdown: string): Root {
  // Control characters other than tab and newline are not allowed in XML: a stray one in a summary
  // would make every feed that carries it unreadable.
  return processor.parse(markdown.replace(/(?![\t\n\r])\p{Cc}|[\uFFFE\uFFFF]/gu, ''));
}

/** Renders a note's markdown summary to sanitized HTML and plain text. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tree = parse(markdown);
  const text = plainText(tree);
  const html = processor.stringify(processor.runSync(tree));
  return { html, text };
}

/** The plain text of `renderMarkdown`, without the HTML a caller does not need (a bookmark file's `<DD>`). */
export function markdownText(markdown: string): string {
  return plainText(parse(markdown));
}
