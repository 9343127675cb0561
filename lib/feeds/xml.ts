import { escapeUTF8 } from 'entities';

/** An XML element: its name, attributes and children (elements or text). */
export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
};
export type XmlNode = XmlElement | string;

/**
 * An element; attributes left undefined are omitted. Text children are stored as written and
 * escaped only when serialised, so that no text can ever become markup.
 */
export function element(
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: XmlNode[] = [],
): XmlElement {
  const defined = Object.entries(attributes).flatMap(([key, value]) => (value === undefined ? [] : [[key, value]]));
  return { name, attributes: Object.fromEntries(defined), children };
}

/** A UTF-8 XML document, indented where an element holds only elements. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${serialise(root, '')}\n`;
}

function serialise(node: XmlNode, indent: string): string {
  // `escapeUTF8` escapes `&`, `<`, `>`, `"` and `'`: safe in text (even `]]>`) and in attributes.
  if (typeof node === 'string') return escapeUTF8(node);
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${escapeUTF8(value)}"`)
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children.length === 0) return `${open}/>`;
  if (node.children.some((child) => typeof child === 'string')) {
    return `${open}>${node.children.map((child) => serialise(child, '')).join('')}</${node.name}>`;
  }
  const inner = node.children.map((child) => serialise(child, `${indent}  `)).join('\n');
  return `${open}>\n${inner}\n${indent}</${node.name}>`;
}
