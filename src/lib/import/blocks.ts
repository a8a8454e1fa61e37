// The importer's intermediate form: a submission as a list of plain-text blocks, whatever format it came in.
// Cleaning rules work on these blocks; markdown.ts turns what is kept into the entry's body.

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; rows: string[][] }
  /** An image from a .docx: `ref` indexes the extracted images. */
  | { kind: 'image'; ref: number; alt: string }
  | { kind: 'quote'; text: string };

/** Why text was left out of the body. Everything left out is reported, never silently discarded. */
export type DropReason =
  | 'menu'
  | 'more-link'
  | 'copyright'
  | 'counter'
  | 'snapshot'
  | 'related'
  | 'share'
  | 'page-meta'
  | 'page-chrome'
  | 'page'
  | 'paywall'
  | 'doc-site'
  | 'contents'
  | 'links'
  | 'follow'
  | 'staff'
  | 'footer'
  | 'bulletin';

export const DROP_LABELS: Record<DropReason, string> = {
  menu: '网站菜单、导航',
  'more-link': '“展开阅读全文”一类按钮',
  copyright: '版权、备案、转载声明',
  counter: '浏览、上传、下载计数',
  snapshot: '快照、抓取提示',
  related: '相关文章列表',
  share: '分享、二维码、点赞',
  'page-meta': '页面信息行（其中的日期、来源、作者已写入头信息）',
  'page-chrome': '网页正文以外的部分（页眉、侧栏、页脚）',
  page: 'PDF 的页码和页眉',
  paywall: '付费阅读提示',
  'doc-site': '文档分享网站的按钮和说明',
  contents: '目录、提纲',
  links: '链接列表（导航、工具栏、相关文章、排行）',
  follow: '公众号关注提示、结尾标记',
  staff: '编辑、审核署名行',
  footer: '网站页脚（主办单位、地址、电话、邮箱）',
  bulletin: '简报的报头、期号、分隔线和报送范围',
};

export interface Dropped {
  text: string;
  reason: DropReason;
  /** A page counter in a paged text that goes on after it (so not a sign of a cut-off preview). */
  continued?: boolean;
}

/** The plain text of a block, for searching and for reports. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'para':
    case 'quote':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'table':
      return block.rows.map((r) => r.join(' | ')).join('\n');
    case 'image':
      return '';
  }
}

/** Applies a text transformation to every piece of text in a block. */
export function mapBlockText(block: Block, fn: (text: string) => string): Block {
  switch (block.kind) {
    case 'heading':
    case 'para':
    case 'quote':
      return { ...block, text: fn(block.text) };
    case 'list':
      return { ...block, items: block.items.map(fn) };
    case 'table':
      return { ...block, rows: block.rows.map((r) => r.map(fn)) };
    case 'image':
      return { ...block, alt: fn(block.alt) };
  }
}

export function isEmptyBlock(block: Block): boolean {
  if (block.kind === 'image') return false;
  if (block.kind === 'list') return block.items.every((i) => !i.trim());
  if (block.kind === 'table') return block.rows.every((r) => r.every((c) => !c.trim()));
  return !block.text.trim();
}
