// A small XML writer for feeds: every text and attribute value is escaped and stripped of the characters XML
// forbids, so no field (a summary with ]]>, a township named a<b, a title with \v) can end an element early,
// forge another, or make the document not well-formed. No CDATA: escaping is the one rule.
import { escapeHtml } from '../html';

export interface XmlElement {
  name: string;
  attrs?: Record<string, string | undefined> | undefined;
  children?: (XmlElement | string | undefined | false)[] | undefined;
}

/** An element; undefined attribute values and children are left out. */
export function el(name: string, attrs?: XmlElement['attrs'], ...children: XmlElement['children'] & unknown[]): XmlElement {
  return { name, attrs, children };
}

/** An element holding only text, or nothing at all when the text is undefined. */
export function textEl(name: string, text: string | undefined, attrs?: XmlElement['attrs']): XmlElement | undefined {
  return text === undefined ? undefined : el(name, attrs, text);
}

function write(node: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(v!)}"`)
    .join('');
  const children = (node.children ?? []).filter((c): c is XmlElement | string => c !== undefined && c !== false);
  if (!children.length) {
    out.push(`${pad}<${node.name}${attrs}/>`);
  } else if (children.every((c) => typeof c === 'string')) {
    out.push(`${pad}<${node.name}${attrs}>${escapeHtml(children.join(''))}</${node.name}>`);
  } else {
    out.push(`${pad}<${node.name}${attrs}>`);
    for (const child of children) {
      if (typeof child === 'string') out.push(`${pad}  ${escapeHtml(child)}`);
      else write(child, depth + 1, out);
    }
    out.push(`${pad}</${node.name}>`);
  }
}

/** The document with its XML declaration, indented two spaces. */
export function renderXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}
