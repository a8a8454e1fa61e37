// Blocks → the Markdown body of an entry: headings, paragraphs separated by blank lines, lists, GFM tables,
// images next to the entry. Text is escaped only where Markdown would otherwise read it as markup.
import type { Block } from './blocks';

/** Keeps text literal: a leading "#", ">" or "-" would start a heading, quote or list; "<a" would be HTML. */
export function escapeText(text: string, { lineStart = true } = {}): string {
  let out = text
    .replace(/\\/g, '\\\\')
    .replace(/<(?=[a-zA-Z/!?])/g, '\\<')
    .replace(/([*_`])/g, '\\$1');
  if (lineStart) out = out.replace(/^(#{1,6}\s|>|[-+]\s|=+\s*$)/, '\\$1');
  return out;
}

function tableCell(text: string, escape: boolean): string {
  return (escape ? escapeText(text, { lineStart: false }) : text).replace(/\|/g, '\\|').replace(/\n/g, ' ') || ' ';
}

export interface ImageLink {
  path: string;
  alt: string;
}

/** `image` returns where an image block's file goes, or null to leave it out of the body. */
export function blocksToMarkdown(
  blocks: Block[],
  image: (ref: number) => ImageLink | null = () => null,
  { escape = true }: { escape?: boolean } = {},
): string {
  const escapeMarkdown = escape ? escapeText : (text: string) => text;
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        // The title is level 1 on the page: headings inside the body start at level 2.
        out.push(`${'#'.repeat(Math.min(Math.max(block.level, 2), 4))} ${escapeMarkdown(block.text, { lineStart: false })}`);
        break;
      case 'para':
        // A paragraph written "1. …" or "- …" really is a list item; leave it readable as one.
        out.push(/^(\d+[.、]|[-•·])\s/.test(block.text) ? block.text.replace(/^[•·]\s/, '- ') : escapeMarkdown(block.text));
        break;
      case 'quote':
        out.push(`> ${escapeMarkdown(block.text, { lineStart: false })}`);
        break;
      case 'list':
        out.push(
          block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(item, { lineStart: false })}`).join('\n'),
        );
        break;
      case 'table': {
        const width = Math.max(...block.rows.map((r) => r.length));
        const rows = block.rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
        const line = (r: string[]) => `| ${r.map((c) => tableCell(c, escape)).join(' | ')} |`;
        out.push([line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n'));
        break;
      }
      case 'image': {
        const link = image(block.ref);
        if (link) out.push(`![${link.alt.replace(/[[\]]/g, '')}](${link.path})`);
        break;
      }
    }
  }
  return out.join('\n\n') + (out.length ? '\n' : '');
}
