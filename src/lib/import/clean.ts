// Cleaning rules for submitted text. Each rule is a small exported function with its own unit test.
// Rules that change characters (entities, tags, spaces, widths) never remove words; rules that remove whole
// lines (boilerplate) return what they removed so the report can list it.
import { DomUtils, parseDocument } from 'htmlparser2';
import { blockText, type Block, type Dropped, type DropReason } from './blocks';

const HAN = /\p{Script=Han}/u;

/** `&ldquo;` → “, `&nbsp;` → no-break space, `&#8220;` → “ (also double-encoded `&amp;ldquo;`). */
export function decodeEntities(text: string): string {
  let current = text;
  for (let round = 0; round < 3 && /&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);?/.test(current); round++) {
    const next = DomUtils.textContent(parseDocument(current.replace(/</g, '&lt;'), { decodeEntities: true }));
    if (next === current) break;
    current = next;
  }
  return current;
}

/** HTML tags left in text: `<br />`, `<p>` and `</div>` become line breaks, every other tag goes. */
export function replaceTags(text: string): { text: string; tags: string[] } {
  const tags: string[] = [];
  const out = text.replace(/<\/?([a-zA-Z][a-zA-Z0-9:]*)(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g, (tag, name: string | undefined) => {
    tags.push(tag);
    return name && /^(br|p|div|li|tr|h[1-6]|section)$/i.test(name) ? '\n' : '';
  });
  return { text: out, tags };
}

/**
 * Spaces: indentation (full-width spaces, tabs, no-break spaces) at the start of a line goes, full-width and
 * no-break spaces inside become ordinary ones, runs collapse to one, zero-width characters go.
 */
export function normalizeSpaces(line: string): string {
  return line
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u3000\u00a0\u2002-\u200a\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const FULLWIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/g;

/**
 * Widths as Chinese typesetting expects: full-width letters and digits become ordinary ones (２０２３ → 2023);
 * ASCII commas, semicolons, colons and exclamation marks next to Chinese become full-width, as do
 * parentheses around Chinese. Question marks are left alone: a `?` inside Chinese is a sign of mojibake.
 */
export function normalizeWidth(text: string): string {
  return text
    .replace(FULLWIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/(\p{Script=Han})\s*,\s*|\s*,\s*(?=\p{Script=Han})/gu, (_m, han: string | undefined) => `${han ?? ''}，`)
    .replace(/(\p{Script=Han})\s*;\s*|\s*;\s*(?=\p{Script=Han})/gu, (_m, han: string | undefined) => `${han ?? ''}；`)
    .replace(/(\p{Script=Han})\s*!(?!\[)/gu, '$1！')
    .replace(/(\p{Script=Han})\s*:\s*(?![/\d])/gu, '$1：')
    .replace(/\(([^()\n]*\p{Script=Han}[^()\n]*)\)/gu, '（$1）')
    // No space between Chinese and Chinese punctuation (a space between two words is a separator: keep it).
    .replace(/(?<=\p{Script=Han})\s+(?=[“‘《（【，。、；：！？])|(?<=[“‘《（【，。、；：！？”’》）】])\s+(?=\p{Script=Han})/gu, '');
}

/** Every per-character fix, in order: tags, entities, tags hidden in entities, spaces, widths. */
export function cleanInline(text: string): { text: string; tags: string[] } {
  const first = replaceTags(text);
  const decoded = decodeEntities(first.text);
  const second = replaceTags(decoded);
  const lines = second.text.split('\n').map((l) => normalizeWidth(normalizeSpaces(l)));
  return { text: lines.filter(Boolean).join('\n'), tags: [...first.tags, ...second.tags] };
}

const SENTENCE_END = /[。！？!?…”」』）)：:；;]$/;
const INDENT = /^[\u3000\t ]{2,}|^[\u3000\u00a0]/;

/**
 * Plain text → paragraphs. A blank line always ends a paragraph (and repeated blank lines never make empty
 * ones). A line break inside text ends a paragraph too, except in hard-wrapped text: when the line before
 * reaches the wrap width, does not end a sentence, and the next line does not start indented, the two lines
 * are one paragraph.
 */
export function textToParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs: string[] = [];
  const join = (a: string, b: string) => (HAN.test(a.at(-1) ?? '') || HAN.test(b[0] ?? '') ? a + b : `${a} ${b}`);
  // Hard-wrapped lines all come close to the wrap width; a title or a last line is shorter.
  const width = Math.max(0, ...lines.map((l) => [...l.trim()].length));
  const wrapped = (line: string) => [...line.trim()].length >= Math.max(20, width * 0.85);
  let open = false;
  let previous = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      open = false;
      continue;
    }
    const last = paragraphs.at(-1);
    if (open && last !== undefined && wrapped(previous) && !SENTENCE_END.test(last) && !INDENT.test(raw)) {
      paragraphs[paragraphs.length - 1] = join(last, line);
    } else paragraphs.push(line);
    open = true;
    previous = raw;
  }
  return paragraphs;
}

// ── Boilerplate ────────────────────────────────────────────────────────────────────────────────────────

/** A line short enough, and unlike a sentence enough, to be page furniture rather than article text. */
function furnitureLike(text: string, max = 60): boolean {
  return text.length <= max && !/[。！？；]/.test(text) && (text.match(/，/g)?.length ?? 0) <= 1;
}

const CHROME_WORDS =
  '展开阅读全文|展开全文|阅读全文|查看全文|查看更多|点击查看更多|点击查看全文|点击展开全文|加载更多|继续阅读|阅读原文|点击阅读原文|返回顶部|回到顶部|返回首页|返回列表|返回|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|字号[:：]?\\s*[大中小\\s]*|字体[:：]?\\s*[大中小\\s]*|默认|大|中|小';
const CHROME_SEGMENT = new RegExp(`^(?:点击)?(?:${CHROME_WORDS})[>»›▼↓…\\s]*$`);

/** "展开阅读全文", "点击查看更多", "【打印本页】【关闭窗口】", "字号：大 中 小". */
export function isMoreLink(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 40) return false;
  const segments = t.split(/[【】\[\]（）()|｜\s]+/).filter(Boolean);
  return segments.length > 0 && segments.every((s) => CHROME_SEGMENT.test(s));
}

const COPYRIGHT =
  /版权所有|copyright|©|all rights reserved|ICP\s*[备证]|公网安备|网站标识码|网站识别码|主办单位\s*[:：]|承办单位\s*[:：]|技术支持\s*[:：]|建议使用.{0,20}浏览器|最佳分辨率|分辨率.{0,10}浏览|转载请注明|转载.{0,6}注明出处|未经.{0,12}(?:授权|许可|同意).{0,12}(?:转载|使用|复制|镜像)|本站声明|本网声明|免责声明|如有侵权|侵权.{0,8}删除|知识共享|creative commons|CC BY(?:-[A-Z]{2})*|许可协议|版权声明|版权归.{1,20}所有/i;

export function isCopyright(text: string): boolean {
  return text.length <= 160 && COPYRIGHT.test(text) && !/[。！？]\s*\S/.test(text.replace(/[。！？]\s*$/, ''));
}

const COUNTER =
  /(?:浏览|阅读|点击|访问|下载|查看|观看)(?:次数|量|数|人次|率)?\s*[:：]?\s*[\d,.]+\s*(?:万|千|次|人)?|(?:上传者|上传人|上传时间|上传用户|上传日期|文档页数|下载积分|下载券|所需积分|文件大小|页数)\s*[:：]|[\d,.]+\s*(?:万|千)?\s*(?:次浏览|人阅读|次阅读|人看过|次下载|人浏览|次点击|阅读)\s*$|本文已被浏览|已有\s*\d+\s*人/;

/** "浏览次数：1234", "阅读 1.2万 在看 23", "上传者：… 上传时间：…", "下载积分：2". */
export function isCounter(text: string): boolean {
  return furnitureLike(text, 80) && COUNTER.test(text);
}

const SNAPSHOT =
  /百度快照|网页快照|快照时间|的快照|this is google'?s cache|google 对 .{0,80} 的缓存|网页缓存|缓存页面|cached page|抓取时间|以下是.{0,30}(?:快照|缓存)|本页面由.{0,20}(?:抓取|生成)|网页已被.{0,10}(?:删除|更改)|原网页已.{0,6}(?:删除|失效)/i;

/** "百度快照", "这是 Google 对 … 的缓存", "抓取时间：…". */
export function isSnapshotNotice(text: string): boolean {
  return text.length <= 200 && SNAPSHOT.test(text);
}

const SHARE =
  /^(?:分享到|分享至|转发到|分享)\s*[:：]?.{0,40}$|^(?:微信)?扫一扫.{0,20}$|^长按(?:识别)?(?:图中|下方)?二维码.{0,16}$|^扫描(?:下方)?二维码(?:分享|关注|在手机上阅读|用手机看|阅读|打开).{0,10}$|^(?:关注我们|点赞|在看|赞|写留言|留言|赞赏|喜欢此内容的人还喜欢|微信公众号|手机扫码阅读|手机阅读)\s*$|^点击(?:上方|下方).{0,12}关注.{0,12}$/;

/** "分享到：微信 微博", "扫一扫在手机打开当前页", "点赞 在看". */
export function isShareLine(text: string): boolean {
  return furnitureLike(text, 60) && (SHARE.test(text) || text.split(/\s+/).every((w) => /^(?:点赞|在看|赞|分享|收藏|留言|写留言|\d+)$/.test(w)));
}

const NAV_WORDS = /首页|主页|网站首页|概况|简介|动态|新闻|要闻|公告|通知|政策|法规|文件|联系|关于|服务|专题|下载|留言|信箱|互动|English|登录|注册|搜索|导航|机构|领导|公开|办事|风采|视频|图片/;

/** "首页 | 机构概况 | 工作动态 | 联系我们", "当前位置：首页 > 工作动态 > 正文". */
export function isMenuLine(text: string): boolean {
  const t = text.trim();
  if (/^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|位置)\s*[:：]/.test(t) && t.length <= 80) return true;
  if (!furnitureLike(t, 120)) return false;
  const segments = t.split(/\s*[|｜·•>»›/]\s*|\s+/).filter(Boolean);
  if (segments.length < 3 || !segments.every((s) => [...s].length <= 8)) return false;
  return segments.filter((s) => NAV_WORDS.test(s)).length >= 2;
}

const RELATED_HEAD =
  /^(?:相关(?:文章|阅读|新闻|链接|推荐|报道|稿件)|推荐阅读|热门(?:文章|推荐|新闻|阅读)|猜你喜欢|延伸阅读|往期(?:回顾|推荐|精彩|文章)|更多(?:新闻|阅读|精彩|文章)|精彩推荐|最新(?:文章|动态|新闻)|上一篇|下一篇|上一条|下一条)\s*[:：]?/;

/** The head of a related-articles list ("相关文章"), or a single "上一篇：…" line. */
export function isRelatedHeading(text: string): boolean {
  return RELATED_HEAD.test(text.trim()) && text.length <= 80;
}

/** Why a single line is boilerplate, or null when it is article text. */
export function boilerplateReason(text: string): DropReason | null {
  const t = text.trim();
  if (!t) return null;
  if (isMoreLink(t)) return 'more-link';
  if (isMenuLine(t)) return 'menu';
  if (isCopyright(t)) return 'copyright';
  if (isSnapshotNotice(t)) return 'snapshot';
  if (isCounter(t)) return 'counter';
  if (isShareLine(t)) return 'share';
  if (isRelatedHeading(t)) return 'related';
  return null;
}

/** A short line in a related-articles list: a title, maybe with a date, no sentence. */
function looksLikeListedTitle(block: Block): boolean {
  if (block.kind === 'list') return block.items.every((i) => i.length <= 60);
  if (block.kind !== 'para' && block.kind !== 'heading') return false;
  return block.text.length <= 60 && !/[。！？]$/.test(block.text);
}

/**
 * Drops boilerplate blocks, and after a "相关文章"-style heading the short title lines that follow it.
 * Returns the blocks kept and everything dropped, with the reason.
 */
export function dropBoilerplate(blocks: Block[]): { kept: Block[]; dropped: Dropped[] } {
  const kept: Block[] = [];
  const dropped: Dropped[] = [];
  let inRelated = false;
  for (const block of blocks) {
    const text = blockText(block);
    if (inRelated && looksLikeListedTitle(block) && !boilerplateOtherThanRelated(text)) {
      dropped.push({ text, reason: 'related' });
      continue;
    }
    inRelated = false;
    if (block.kind === 'list' && block.items.length && block.items.every((i) => boilerplateReason(i) !== null)) {
      block.items.forEach((item) => dropped.push({ text: item, reason: boilerplateReason(item)! }));
      continue;
    }
    if (block.kind === 'para' || block.kind === 'heading') {
      const reason = boilerplateReason(text);
      if (reason) {
        dropped.push({ text, reason });
        // "相关文章" opens a list; "上一篇：标题" is a list of one.
        inRelated = reason === 'related' && !/[:：]\s*\S/.test(text);
        continue;
      }
    }
    kept.push(block);
  }
  return { kept, dropped };
}

function boilerplateOtherThanRelated(text: string): boolean {
  const reason = boilerplateReason(text);
  return reason !== null && reason !== 'related';
}
