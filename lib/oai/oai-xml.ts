// A small XML writer for the OAI-PMH responses: a tree of plain objects rendered in one pass. Values come from
// parsed documents, so anything XML 1.0 cannot carry (most control characters, lone surrogates, U+FFFE/U+FFFF) is
// dropped rather than escaped: no escape can make those legal, and one of them would make a harvester reject the
// whole page.

export interface XmlElement {
  name: string;
  attributes?: Record<string, string | undefined>;
  children?: XmlChild[];
}

export type XmlChild = XmlElement | string;

/** Builds an element; undefined attributes are left out, so optional arguments can be passed as they are. */
export function element(
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: XmlChild[] = [],
): XmlElement {
  return { name, attributes, children };
}

// Tab, newline, carriage return, and the ranges XML 1.0 allows; everything else goes, including lone surrogates
// (the `u` flag makes a lone surrogate its own code point, so it matches the class below).
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripIllegalXmlCharacters(value: string): string {
  return value.replace(ILLEGAL, '');
}

export function escapeXmlText(value: string): string {
  return stripIllegalXmlCharacters(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** For a double-quoted attribute: quotes, and whitespace a parser would otherwise normalise to a space. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function renderAttributes(attributes: XmlElement['attributes']): string {
  return Object.entries(attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join('');
}

export function renderElement(node: XmlChild): string {
  if (typeof node === 'string') return escapeXmlText(node);
  const open = `${node.name}${renderAttributes(node.attributes)}`;
  const children = node.children ?? [];
  if (children.length === 0) return `<${open}/>`;
  return `<${open}>${children.map(renderElement).join('')}</${node.name}>`;
}

/** A whole document: the declaration and the root element. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderElement(root)}\n`;
}
