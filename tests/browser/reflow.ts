// One measurement of a page as a reader sees it at one text step: header height, sideways scroll, and every
// text block that is too narrow for its own text. Runs inside the page in one evaluate (cheap on a busy box).
import type { Page } from 'playwright-core';

export interface Reflow {
  headerHeight: number;
  horizontalScroll: boolean;
  /** Text blocks narrower than 10 characters of their font size (or than their own text, when it is shorter). */
  narrow: string[];
}

/** Sets the text step (0-based, as the A−/A+ control does) and measures. */
export function measureReflow(page: Page, step: number): Promise<Reflow> {
  return page.evaluate((level) => {
    const root = document.documentElement;
    if (level === 0) delete root.dataset['textSize'];
    else root.dataset['textSize'] = String(level);
    const header = document.querySelector('.site-header');
    // The box a text is laid out in: the nearest ancestor that is not a plain inline (inline-block and
    // inline-flex boxes have their own width).
    const ownsLines = (el: Element) => {
      const display = getComputedStyle(el).display;
      return !display.startsWith('inline') || display === 'inline-block' || display === 'inline-flex';
    };
    const blockOf = (el: Element): Element => {
      let node: Element | null = el;
      while (node && !ownsLines(node)) node = node.parentElement;
      return node ?? el;
    };
    // Each block's own text (text nodes laid out in it, not those of nested blocks), its natural one-line width
    // (canvas, in each piece's own font) and its largest font size.
    const ctx = document.createElement('canvas').getContext('2d')!;
    const blocks = new Map<Element, { text: string; natural: number; fontSize: number }>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const parent = t.parentElement;
      const text = (t.textContent ?? '').replace(/\s+/g, ' ');
      if (!parent || !text.trim()) continue;
      if (parent.closest('script, style, svg, .visually-hidden, noscript, template, [hidden]')) continue;
      const style = getComputedStyle(parent);
      ctx.font = style.font;
      const block = blockOf(parent);
      const entry = blocks.get(block) ?? { text: '', natural: 0, fontSize: 0 };
      entry.text += text;
      entry.natural += ctx.measureText(text).width;
      entry.fontSize = Math.max(entry.fontSize, parseFloat(style.fontSize));
      blocks.set(block, entry);
    }
    const narrow: string[] = [];
    for (const [block, { text, natural, fontSize }] of blocks) {
      if (block.getClientRects().length === 0) continue;
      const style = getComputedStyle(block);
      if (style.visibility === 'hidden') continue;
      const width =
        block.getBoundingClientRect().width -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight) -
        parseFloat(style.borderLeftWidth) -
        parseFloat(style.borderRightWidth);
      // Ten characters of the block's own size, or its whole text when that is shorter.
      const wanted = Math.min(10 * fontSize, natural);
      if (width + 1 < wanted * 0.95) {
        const name = `${block.tagName.toLowerCase()}${block.classList[0] ? `.${block.classList[0]}` : ''}`;
        narrow.push(
          `${name} “${text.trim().slice(0, 14)}” ${Math.round(width)}px < ${Math.round(wanted)}px (${Math.round(fontSize)}px text)`,
        );
      }
    }
    return {
      headerHeight: header ? header.getBoundingClientRect().height : 0,
      horizontalScroll: root.scrollWidth > root.clientWidth + 1,
      narrow,
    };
  }, step);
}
