// What the import page does on top of an importer result: put dropped lines back where they stood, and
// apply the editor's form fields (title, date, township, author) to the planned entry. The importer itself
// (src/lib/import) is only called, never changed: everything here works on its result.
import { escapeText } from '../import/markdown';
import { yamlScalar } from '../content/render-frontmatter';

/** The Han characters, letters and digits of a text: what survives cleaning (widths, spaces, entities, escapes). */
function letters(text: string): string {
  return text
    .replace(/\\(.)/g, '$1')
    .normalize('NFKC')
    .replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

/** The non-empty lines of the original text, trimmed. */
export function originalLines(original: string): string[] {
  return original
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Splits an entry into its frontmatter (with the --- lines) and body. */
export function splitEntry(markdown: string): { frontmatter: string; body: string } {
  const match = /^---\n[\s\S]*?\n---\n/.exec(markdown);
  return match ? { frontmatter: match[0], body: markdown.slice(match[0].length) } : { frontmatter: '', body: markdown };
}

/** The body's blocks (paragraphs, headings, tables …), as blocksToMarkdown separates them. */
export function bodyBlocks(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .map((b) => b.replace(/^\n+|\n+$/g, ''))
    .filter((b) => b.trim());
}

/** Where the original line `index` sits in the body: after block n (−1: before the first block). */
function anchorOf(lines: string[], index: number, blocks: string[]): number {
  const keys = blocks.map(letters);
  const blockHolding = (line: string): number => {
    const key = letters(line).slice(0, 16);
    if (key.length < 2) return -1;
    return keys.findIndex((k) => k.includes(key));
  };
  for (let i = index - 1; i >= 0; i--) {
    const b = blockHolding(lines[i]!);
    if (b >= 0) return b;
  }
  for (let i = index + 1; i < lines.length; i++) {
    const b = blockHolding(lines[i]!);
    if (b >= 0) return b - 1;
  }
  return blocks.length - 1;
}

/** The position in the original lines of a dropped text (the first line not already claimed), or −1. */
function lineOfDropped(lines: string[], text: string, claimed: Set<number>): number {
  const key = letters(text);
  if (!key) return -1;
  let index = lines.findIndex((l, i) => !claimed.has(i) && letters(l) === key);
  if (index < 0) index = lines.findIndex((l, i) => !claimed.has(i) && letters(l).includes(key));
  if (index < 0) index = lines.findIndex((l, i) => !claimed.has(i) && key.includes(letters(l)) && letters(l).length >= 4);
  return index;
}

/**
 * The body with the chosen dropped texts put back as paragraphs, each after the body text that preceded it in
 * the original (a line the original does not contain goes to the end). Restored text is escaped like any
 * imported text, so "# 1" stays text.
 */
export function restoreDropped(body: string, original: string, dropped: readonly string[], restore: readonly number[]): string {
  const wanted = [...new Set(restore)].filter((i) => i >= 0 && i < dropped.length).sort((a, b) => a - b);
  if (!wanted.length) return body;
  const blocks = bodyBlocks(body);
  const lines = originalLines(original);
  const claimed = new Set<number>();
  // Every dropped text gets its line first (in order), so that two equal texts claim two lines.
  const lineOf = dropped.map((text) => {
    const line = lineOfDropped(lines, text, claimed);
    if (line >= 0) claimed.add(line);
    return line;
  });
  const inserts = wanted.map((i) => ({
    text: escapeText(dropped[i]!.replace(/\s+/g, ' ').trim()),
    line: lineOf[i]!,
    after: lineOf[i]! >= 0 ? anchorOf(lines, lineOf[i]!, blocks) : blocks.length - 1,
  }));
  const out: string[] = [];
  const flush = (after: number) =>
    inserts
      .filter((x) => x.after === after)
      .sort((a, b) => a.line - b.line)
      .forEach((x) => out.push(x.text));
  flush(-1);
  blocks.forEach((block, n) => {
    out.push(block);
    flush(n);
  });
  return `${out.join('\n\n')}\n`;
}

export interface EntryFields {
  title?: string | undefined;
  date?: string | undefined;
  township?: string | undefined;
  author?: string | undefined;
}

/** Sets (or, with an empty value, removes) one top-level scalar field of rendered frontmatter lines. */
function setField(lines: string[], key: string, value: string | boolean | undefined, after: readonly string[]): string[] {
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  const empty = value === undefined || value === '';
  if (at >= 0) {
    // A field's continuation lines (a block list) belong to it.
    let end = at + 1;
    while (end < lines.length && /^\s+-|^\s{2,}/.test(lines[end]!)) end++;
    const next = [...lines];
    next.splice(at, end - at, ...(empty ? [] : [`${key}: ${yamlScalar(value)}`]));
    return next;
  }
  if (empty) return lines;
  let insertAt = 0;
  for (const previous of after) {
    const i = lines.findIndex((l) => l.startsWith(`${previous}:`));
    if (i >= 0) {
      insertAt = i + 1;
      while (insertAt < lines.length && /^\s/.test(lines[insertAt]!)) insertAt++;
    }
  }
  const next = [...lines];
  next.splice(insertAt, 0, `${key}: ${yamlScalar(value)}`);
  return next;
}

/** The order fields take in a news entry, for inserting one that was missing. */
const NEWS_ORDER = ['title', 'date', 'township', 'village', 'author', 'source', 'topics', 'cover', 'coverAlt', 'draft', 'reviewNotes'];

/** The entry with the form's title and author and `draft: true` (the desk saves drafts only). */
export function applyFields(markdown: string, fields: Pick<EntryFields, 'title' | 'author'>, { draft = true } = {}): string {
  const { frontmatter, body } = splitEntry(markdown);
  let lines = frontmatter.replace(/^---\n|\n---\n$/g, '').split('\n');
  const before = (key: string) => NEWS_ORDER.slice(0, NEWS_ORDER.indexOf(key));
  if (fields.title !== undefined && fields.title.trim()) lines = setField(lines, 'title', fields.title.trim(), before('title'));
  if (fields.author !== undefined) lines = setField(lines, 'author', fields.author.trim(), before('author'));
  if (draft) lines = setField(lines, 'draft', true, before('draft'));
  return `---\n${lines.join('\n')}\n---\n${body}`;
}
