// HTML (saved web pages, WeChat articles, and mammoth's output for .docx) → blocks.
// Page furniture outside the article (menus, headers, footers, sidebars, share bars) is left out and reported.
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { blockText, type Block, type Dropped } from './blocks';
import { boilerplateReason } from './clean';

type Doc = ReturnType<typeof parseDocument>;
type Node = Doc['children'][number];
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];
type TextNode = Extract<Node, { type: typeof ElementType.Text }>;

const isTag = (node: Node): node is Element => ElementType.isTag(node);
const isText = (node: Node): node is TextNode => node.type === ElementType.Text;

export interface HtmlHints {
  /** Title candidates from the page head, best first: og:title, ArticleTitle, <title> with the site name cut. */
  titles: string[];
  /** og:title, twitter:title or ArticleTitle: the page states its article's title. */
  metaTitle?: string | undefined;
  /** The title shown on the page (<h1>, WeChat's #activity-name) when it is outside the article body. */
  pageHeading?: string | undefined;
  /** Date, source and author from <meta> tags and WeChat's page fields. */
  date?: string | undefined;
  source?: string | undefined;
  author?: string | undefined;
  /** Lines of the page around the article (the info line under the title, for example), for metadata. */
  around: string[];
  /** Elements lifted out of nesting deeper than MAX_HTML_DEPTH (0 for ordinary pages). */
  flattened?: number;
}

export interface HtmlResult {
  blocks: Block[];
  dropped: Dropped[];
  hints: HtmlHints;
  /** <img> sources in the article: web images are not downloaded, the report lists them. */
  webImages: string[];
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'object',
  'embed',
  'video',
  'audio',
  'map',
  'head',
  'meta',
  'link',
]);
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const CHROME_NAME =
  /(?:^|[-_\s])(?:nav|navbar|menu|menus|footer|foot|header|head|topbar|top-bar|breadcrumb|crumb|crumbs|position|location|share|sharebar|bdshare|sidebar|side|aside|related|relate|recommend|comment|comments|copyright|copy|toolbar|banner|advert|ads|login|search|pager|pagination|page-nav|qrcode|ewm|links|friendlink|footer-links)(?:$|[-_\s\d])/i;
/** Containers that hold the article itself, on WeChat and on the CMSs Chinese government sites use. */
const ARTICLE_SELECTORS: ((el: Element) => boolean)[] = [
  (el) => el.attribs['id'] === 'js_content' || /\brich_media_content\b/.test(el.attribs['class'] ?? ''),
  (el) => el.attribs['itemprop'] === 'articleBody',
  (el) =>
    /\bTRS_Editor\b|\bTRS_UEDITOR\b/.test(el.attribs['class'] ?? '') || el.attribs['id'] === 'zoom' || el.attribs['id'] === 'UCAP-CONTENT',
  (el) => el.name === 'article',
  (el) =>
    /(?:^|[-_\s])(?:article[-_]?(?:content|body|text)|content[-_]?(?:text|body|detail)|news[-_]?(?:content|text|body)|detail[-_]?content|main[-_]?text|zw|wzzw)(?:$|[-_\s])/i.test(
      `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`,
    ),
];

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'center',
  'li',
  'ul',
  'ol',
  'table',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'br',
  'hr',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'body',
  'html',
]);

function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

/** Where an <img> really points: WeChat and lazy-loading sites keep it in data-src until a script runs. */
function imageSource(el: Element): string {
  const src = attr(el, 'src').trim();
  const lazy = (attr(el, 'data-src') || attr(el, 'data-original') || attr(el, 'data-url') || attr(el, 'data-lazy-src')).trim();
  return lazy && (!src || src.startsWith('data:') || /placeholder|loading|blank|grey\.gif|pixel/i.test(src)) ? lazy : src || lazy;
}

function textOf(node: Node | Node[]): string {
  return DomUtils.textContent(node)
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  const names = `${attr(el, 'class')} ${attr(el, 'id')} ${attr(el, 'role')}`;
  return CHROME_NAME.test(names) || attr(el, 'role') === 'navigation' || attr(el, 'role') === 'contentinfo';
}

/** Inline text of an element, with <br> as a line break and skipped elements left out. */
function inlineText(node: Node, images: (src: string, alt: string) => void): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  if (SKIP.has(node.name)) return '';
  if (node.name === 'br') return '\n';
  if (node.name === 'img') {
    images(imageSource(node), attr(node, 'alt'));
    return '';
  }
  return node.children.map((c) => inlineText(c, images)).join('');
}

interface Walker {
  blocks: Block[];
  dropped: Dropped[];
  webImages: string[];
  imageBlock: (src: string, alt: string) => Block | null;
  /** mammoth's output: a document, not a page, so no link lists or contents boxes to look for. */
  document?: boolean;
}

const SEPARATORS = /[\s\u00a0\u3000|｜·•/\\\-–—>»›[\]【】()（）,，、:：]/g;

const shares = new WeakMap<Node, { links: number; all: number }>();

/**
 * Characters of text inside links / all characters, both without spaces and separators. Memoised per node, so
 * asking every element of a page costs one pass over it (the tree is at most MAX_HTML_DEPTH deep).
 */
function linkShare(node: Node, inLink = false): { links: number; all: number } {
  if (isText(node)) {
    const n = node.data.replace(SEPARATORS, '').length;
    return { links: inLink ? n : 0, all: n };
  }
  if (!isTag(node) || SKIP.has(node.name)) return { links: 0, all: 0 };
  if (!inLink && shares.has(node)) return shares.get(node)!;
  const linked = inLink || node.name === 'a';
  const total = { links: 0, all: 0 };
  for (const c of node.children) {
    const share = linkShare(c, linked);
    total.links += share.links;
    total.all += share.all;
  }
  if (linked) total.links = total.all;
  if (!inLink) shares.set(node, total);
  return total;
}

/**
 * A menu, toolbar, list of related articles or ranking: nearly all of its text is link text, and it reads as
 * no sentence. Article paragraphs may hold a link; they are not made of links.
 */
function linkDense(el: Element): boolean {
  if (!['ul', 'ol', 'div', 'p', 'td', 'tr', 'table', 'section', 'dl', 'span', 'li', 'center'].includes(el.name)) return false;
  const { links, all } = linkShare(el);
  if (!all || all > 600 || links / all < 0.85) return false;
  const text = textOf(el);
  return text.length <= 600 && (text.match(/[。！？]/g)?.length ?? 0) <= 1;
}

/** A box that opens with "目录/提纲：" holds a table of contents, not article text. */
function isContentsBox(el: Element): boolean {
  if (!hasBlockChild(el) || linkShare(el).all > 600) return false;
  const text = textOf(el);
  return text.length <= 600 && /^(?:目\s*录|提\s*纲|目录\s*[/／]\s*提纲|文档目录)\s*[:：]?/.test(text);
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isTag(c) && (BLOCK_TAGS.has(c.name) || c.name === 'img') && c.name !== 'br');
}

function pushText(w: Walker, text: string, make: (t: string) => Block) {
  for (const line of text.split('\n')) {
    const t = line.replace(/[ \t\r]+/g, ' ').trim();
    if (t.replace(/[\s\u00a0\u3000]/g, '')) w.blocks.push(make(t));
  }
}

function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  const visit = (node: Node) => {
    if (!isTag(node)) return;
    if (node.name === 'tr') {
      rows.push(node.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th')).map((cell) => textOf(cell)));
      return;
    }
    if (node.name === 'table' && node !== table) return; // nested tables: rare; their text is in the cell
    node.children.forEach(visit);
  };
  table.children.forEach(visit);
  return rows.filter((r) => r.some((c) => c));
}

/** A block's text as report lines: list items and table rows one by one. */
export function blockLines(block: Block): string[] {
  if (block.kind === 'list') return block.items;
  if (block.kind === 'table') return block.rows.map((r) => r.join(' '));
  const text = blockText(block);
  return text ? [text] : [];
}

/** Text with links and list items kept apart by spaces ("首页 政务公开 工作动态"). */
function spacedText(node: Node): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || SKIP.has(node.name)) return '';
  const inner = node.children.map(spacedText).join('');
  return node.name === 'a' || node.name === 'li' || node.name === 'br' ? ` ${inner} ` : inner;
}

/** The lines of a piece of page furniture: a list is one line ("首页 | 政务公开 | …"), each paragraph one line. */
function chromeLines(node: Node, splitLists = false): string[] {
  if (!isTag(node)) return isText(node) && node.data.trim() ? [node.data] : [];
  if (SKIP.has(node.name)) return [];
  if (node.name === 'ul' || node.name === 'ol') {
    const items = node.children
      .filter((c): c is Element => isTag(c) && c.name === 'li')
      .map((li) => textOf(li))
      .filter(Boolean);
    return splitLists ? items : items.length ? [items.join(' | ')] : [];
  }
  if (!hasBlockChild(node)) return [spacedText(node)];
  const lines: string[] = [];
  let run = '';
  for (const child of node.children) {
    if (isTag(child) && (BLOCK_TAGS.has(child.name) || child.name === 'img') && child.name !== 'br') {
      lines.push(run);
      run = '';
      lines.push(...chromeLines(child, splitLists));
    } else run += spacedText(child);
  }
  lines.push(run);
  return lines;
}

function walk(node: Node, w: Walker): void {
  if (isText(node)) {
    pushText(w, node.data, (text) => ({ kind: 'para', text }));
    return;
  }
  if (!isTag(node) || SKIP.has(node.name)) return;
  const el = node;
  if (isChrome(el)) {
    // Menus, headers, footers: their text is reported line by line, with the most telling reason.
    for (const raw of chromeLines(el)) {
      const line = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
      if (line) w.dropped.push({ text: line, reason: boilerplateReason(line) ?? 'page-chrome' });
    }
    return;
  }
  const name = el.name;
  if (name === 'img') {
    pushImage(w, imageSource(el), attr(el, 'alt'));
    return;
  }
  if (!w.document && isContentsBox(el)) {
    for (const line of chromeLines(el)) {
      const t = line.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
      if (t) w.dropped.push({ text: t, reason: 'contents' });
    }
    return;
  }
  if (!w.document && linkDense(el)) {
    // A list of links is reported item by item (each can be restored on its own); a bar of links as one line.
    const lines = chromeLines(el, true);
    for (const line of lines) {
      const t = line.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
      if (t) w.dropped.push({ text: t, reason: boilerplateReason(t) ?? 'links' });
    }
    return;
  }
  if (/^h[1-6]$/.test(name)) {
    pushText(
      w,
      inlineText(el, (src, alt) => pushImage(w, src, alt)),
      (text) => ({
        kind: 'heading',
        level: Number(name[1]),
        text,
      }),
    );
    return;
  }
  if (name === 'table') {
    const rows = tableRows(el);
    // A layout table (one column, or cells holding tables, headings or long text) is just boxes around text.
    const layout =
      rows.every((r) => r.length <= 1) ||
      (!w.document &&
        DomUtils.findOne(
          (e) =>
            (e.name === 'td' || e.name === 'th') &&
            (textOf(e).length > 200 || DomUtils.findOne((d) => d.name === 'table' || /^h[1-6]$/.test(d.name), e.children) !== null),
          el.children,
        ) !== null);
    if (layout) el.children.forEach((c) => walk(c, w));
    else if (rows.length) w.blocks.push({ kind: 'table', rows });
    return;
  }
  if (name === 'ul' || name === 'ol') {
    const items = el.children.filter((c): c is Element => isTag(c) && c.name === 'li');
    if (items.some((li) => hasBlockChild(li))) {
      el.children.forEach((c) => walk(c, w));
      return;
    }
    const texts = items
      .map((li) =>
        inlineText(li, (src, alt) => w.webImages.push(src || alt))
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter(Boolean);
    if (texts.length) w.blocks.push({ kind: 'list', ordered: name === 'ol', items: texts });
    return;
  }
  if (name === 'blockquote' && !hasBlockChild(el)) {
    pushText(
      w,
      inlineText(el, () => {}),
      (text) => ({ kind: 'quote', text }),
    );
    return;
  }
  if (hasBlockChild(el) || !BLOCK_TAGS.has(name)) {
    if (!BLOCK_TAGS.has(name) && !hasBlockChild(el)) {
      // Inline element at block level (a stray <span> or <a>): its text is a paragraph of its own.
      pushText(
        w,
        inlineText(el, (src, alt) => pushImage(w, src, alt)),
        (text) => ({ kind: 'para', text }),
      );
      return;
    }
    // Mixed content: runs of inline children form paragraphs between the block children.
    let run: Node[] = [];
    const flush = () => {
      if (run.length)
        pushText(w, run.map((c) => inlineText(c, (src, alt) => pushImage(w, src, alt))).join(''), (text) => ({ kind: 'para', text }));
      run = [];
    };
    for (const child of el.children) {
      if (isTag(child) && (BLOCK_TAGS.has(child.name) || child.name === 'img' || SKIP.has(child.name)) && child.name !== 'br') {
        flush();
        walk(child, w);
      } else run.push(child);
    }
    flush();
    return;
  }
  // A leaf block (<p>, <div> with inline content): one paragraph per <br>-separated line.
  const images: Block[] = [];
  const text = inlineText(el, (src, alt) => {
    const block = w.imageBlock(src, alt);
    if (block) images.push(block);
    else if (src && !images.length) w.webImages.push(src);
  });
  // A short paragraph set entirely in bold is a sub-heading in Word documents and WeChat articles.
  const asHeading = name === 'p' && allBold(el) && [...text.trim()].length <= 30 && !/[。；！？]$/.test(text.trim());
  pushText(w, text, (t) => (asHeading ? { kind: 'heading', level: 2, text: t } : { kind: 'para', text: t }));
  w.blocks.push(...images);
}

/** Whether every visible character of the element is inside <strong> or <b>. */
function allBold(el: Element): boolean {
  let plain = false;
  let bold = false;
  const visit = (node: Node, inBold: boolean) => {
    if (isText(node)) {
      if (node.data.trim()) inBold ? (bold = true) : (plain = true);
    } else if (isTag(node)) node.children.forEach((c) => visit(c, inBold || node.name === 'strong' || node.name === 'b'));
  };
  el.children.forEach((c) => visit(c, false));
  return bold && !plain;
}

function pushImage(w: Walker, src: string, alt: string) {
  const block = w.imageBlock(src, alt);
  if (block) w.blocks.push(block);
  else if (src) w.webImages.push(src);
}

/** Web pages: every image with an address becomes an image block whose ref indexes webImages. */
function webImageBlock(w: Walker): (src: string, alt: string) => Block | null {
  return (src, alt) => {
    if (!src) return null;
    w.webImages.push(src);
    return { kind: 'image', ref: w.webImages.length - 1, alt };
  };
}

function metaContent(doc: Doc, ...names: string[]): string | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  const el = DomUtils.findOne(
    (e) =>
      e.name === 'meta' &&
      wanted.includes((attr(e, 'name') || attr(e, 'property') || attr(e, 'itemprop')).toLowerCase()) &&
      !!attr(e, 'content').trim(),
    doc.children,
  );
  return el ? attr(el, 'content').trim() : undefined;
}

function byId(doc: Doc, id: string): Element | null {
  return DomUtils.findOne((e) => attr(e, 'id') === id, doc.children);
}

/** "东塘镇关工委开展防溺水宣传_桐川县人民政府" → the article part. */
export function titleFromPageTitle(title: string): string {
  return longestPart(title).replace(/\.(?:docx?|wps|pdf|txt)$/i, '');
}

function longestPart(title: string): string {
  const parts = title
    .split(/\s*(?:[_|｜]|-{1,2}|——|—)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return title.trim();
  return parts.reduce((best, p) => ([...p].length > [...best].length ? p : best), parts[0]!);
}

export interface HtmlOptions {
  /** Turns an <img> into an image block (for .docx images); web images get null and are reported. */
  imageBlock?: (src: string, alt: string) => Block | null;
  /** mammoth's output is the document itself: no page furniture to look for. */
  isDocument?: boolean;
}

/** Deeper than this, an element's descendants are lifted into it: real articles nest a few dozen levels at most. */
export const MAX_HTML_DEPTH = 64;

/**
 * Caps the nesting depth without recursion: below MAX_HTML_DEPTH every element keeps only its text, images and
 * line breaks, in order. Every later walk is then both shallow (no stack overflow on 5,000 nested tags) and
 * linear. Returns how many elements were flattened.
 */
export function flattenDeepNesting(doc: Doc, maxDepth = MAX_HTML_DEPTH): number {
  let flattened = 0;
  const stack: [Node, number][] = doc.children.map((c) => [c, 1]);
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isTag(node)) continue;
    if (depth < maxDepth) {
      for (const c of node.children) stack.push([c, depth + 1]);
      continue;
    }
    // Collect the leaves below this element in document order, iteratively.
    const leaves: Node[] = [];
    const pending: Node[] = [...node.children].reverse();
    while (pending.length) {
      const n = pending.pop()!;
      if (isText(n) || (isTag(n) && (n.name === 'img' || n.name === 'br'))) {
        leaves.push(n);
        continue;
      }
      if (isTag(n)) {
        if (SKIP.has(n.name)) continue;
        flattened++;
        // A block element still ends a line.
        if (BLOCK_TAGS.has(n.name)) pending.push(brElement());
        for (let i = n.children.length - 1; i >= 0; i--) pending.push(n.children[i]!);
      }
    }
    for (const leaf of leaves) {
      leaf.parent = node;
      leaf.prev = leaf.next = null;
    }
    leaves.forEach((leaf, i) => ((leaf.prev = leaves[i - 1] ?? null), (leaf.next = leaves[i + 1] ?? null)));
    node.children = leaves;
  }
  return flattened;
}

function brElement(): Node {
  return parseDocument('<br>').children[0]!;
}

/** WeChat keeps the publish time in its page script (`var ct = "1751961600"`, `createTime = '2025-07-08 18:30'`). */
function scriptDate(html: string): string | undefined {
  const ct = /\bvar\s+ct\s*=\s*["']?(\d{9,10})["']?/.exec(html) ?? /\bcreate_time\s*[:=]\s*["']?(\d{9,10})["']?/.exec(html);
  if (ct) return ct[1];
  return /\b(?:createTime|publish_time)\s*=\s*["'](\d{4}-\d{1,2}-\d{1,2}[^"']*)["']/.exec(html)?.[1];
}

export function htmlToBlocks(html: string, options: HtmlOptions = {}): HtmlResult {
  const doc = parseDocument(html, { decodeEntities: true });
  const flattened = flattenDeepNesting(doc);
  const hints: HtmlHints = { titles: [], around: [], flattened };
  const ogTitle = metaContent(doc, 'og:title', 'twitter:title', 'ArticleTitle');
  if (ogTitle) {
    hints.titles.push(ogTitle);
    hints.metaTitle = ogTitle;
  }
  const titleEl = DomUtils.findOne((e) => e.name === 'title', doc.children);
  if (titleEl && textOf(titleEl)) hints.titles.push(titleFromPageTitle(textOf(titleEl)));
  hints.date = metaContent(doc, 'PubDate', 'publishdate', 'article:published_time', 'pubdate', 'og:release_date', 'date', 'dc.date');
  hints.source = metaContent(doc, 'ContentSource', 'source');
  hints.author = metaContent(doc, 'Author', 'article:author');
  const wechatTitle = byId(doc, 'activity-name');
  const wechatTime = byId(doc, 'publish_time');
  const wechatAccount = byId(doc, 'js_name');
  if (wechatTime && textOf(wechatTime)) hints.date ??= textOf(wechatTime);
  if (!options.isDocument) hints.date ??= scriptDate(html);
  if (wechatAccount && textOf(wechatAccount)) hints.source ??= textOf(wechatAccount);

  const walker: Walker = { blocks: [], dropped: [], webImages: [], imageBlock: () => null, document: options.isDocument ?? false };
  walker.imageBlock = options.imageBlock ?? webImageBlock(walker);
  const body = DomUtils.findOne((e) => e.name === 'body', doc.children);
  const roots: Node[] = body ? body.children : doc.children;

  let article: Element | null = null;
  if (!options.isDocument) {
    for (const selector of ARTICLE_SELECTORS) {
      article = DomUtils.findOne(selector, roots);
      if (article && textOf(article).length >= 20) break;
      article = null;
    }
  }
  if (article) {
    // Only the article goes into the body; the page around it is searched for the title and the info line,
    // and reported as dropped, line by line.
    const heading = wechatTitle ?? DomUtils.findOne((e) => e.name === 'h1' && !isInside(e, article!), roots);
    if (heading && textOf(heading)) hints.pageHeading = textOf(heading);
    const outside: Walker = { blocks: [], dropped: [], webImages: [], imageBlock: () => null };
    for (const node of roots) walkOutside(node, article, heading, outside);
    hints.around = outside.blocks.flatMap(blockLines);
    walker.dropped.push(...outside.dropped);
    for (const child of article.children) walk(child, walker);
  } else {
    for (const node of roots) walk(node, walker);
  }
  return { blocks: walker.blocks, dropped: walker.dropped, hints, webImages: walker.webImages };
}

function isInside(el: Element, container: Element): boolean {
  for (let p: Element | null = el; p; p = p.parent as Element | null) if (p === container) return true;
  return false;
}

/** Walks the page outside the article: furniture is dropped, the remaining lines are kept as hints. */
function walkOutside(node: Node, article: Element, heading: Element | null, w: Walker): void {
  if (!isTag(node)) {
    if (isText(node)) pushText(w, node.data, (text) => ({ kind: 'para', text }));
    return;
  }
  if (node === article || node === heading || SKIP.has(node.name)) return;
  if (isInside(article, node) || (heading && isInside(heading, node))) {
    node.children.forEach((c) => walkOutside(c, article, heading, w));
    return;
  }
  walk(node, w);
}
