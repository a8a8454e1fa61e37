// Cleaning rules for submitted text. Each rule is a small exported function with its own unit test.
// Rules that change characters (entities, tags, spaces, widths) never remove words; rules that remove whole
// lines (boilerplate) return what they removed so the report can list it.
import { DomUtils, parseDocument } from 'htmlparser2';
import { blockText, type Block, type Dropped, type DropReason } from './blocks';
import { toSimplified } from '../text/traditional';

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
  return (
    text
      .replace(FULLWIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
      .replace(/(\p{Script=Han})\s*,\s*|\s*,\s*(?=\p{Script=Han})/gu, (_m, han: string | undefined) => `${han ?? ''}，`)
      .replace(/(\p{Script=Han})\s*;\s*|\s*;\s*(?=\p{Script=Han})/gu, (_m, han: string | undefined) => `${han ?? ''}；`)
      .replace(/(\p{Script=Han})\s*!(?!\[)/gu, '$1！')
      .replace(/(\p{Script=Han})\s*:\s*(?![/\d])/gu, '$1：')
      .replace(/\(([^()\n]*\p{Script=Han}[^()\n]*)\)/gu, '（$1）')
      // No space between Chinese and Chinese punctuation (a space between two words is a separator: keep it).
      .replace(/(?<=\p{Script=Han})\s+(?=[“‘《（【，。、；：！？])|(?<=[“‘《（【，。、；：！？”’》）】])\s+(?=\p{Script=Han})/gu, '')
  );
}

const BROKEN_TAG_NAMES =
  'br|p|span|div|font|strong|b|i|em|u|a|img|section|center|table|tbody|tr|td|th|ul|ol|li|h[1-6]|o:p|sup|sub|blockquote';
/** `?br />`, `?/span>`, `?p style="…">` (or `?p?`): a tag whose `<` an earlier wrong decoding turned into `?`. */
const BROKEN_TAG = new RegExp(
  `[?？](/?)(${BROKEN_TAG_NAMES})(?=[\\s/>?？])((?:\\s+[\\w:-]+(?:=(?:"[^"\\n]*"|'[^'\\n]*'|[^\\s>?？]*))?)*)\\s*/?\\s*[>?？]`,
  'gi',
);
/** `?ldquo;`, `?nbsp;`, `?#8220;`: an entity whose `&` became `?`. */
const BROKEN_ENTITY =
  /[?？]((?:[lr][sd]quo|nbsp|ensp|emsp|mdash|ndash|hellip|middot|bull|quot|amp|lt|gt|[lr]aquo|times|deg|copy|reg|rarr|larr)|#\d{2,6}|#x[0-9a-fA-F]{2,5});/g;

/**
 * Markup broken by an earlier wrong decoding: `?br />` and `?/span>` become real tags again (so they are removed
 * or made into line breaks like any tag), `?ldquo;` a real entity. Ordinary question marks are left alone.
 */
export function repairBrokenMarkup(text: string): { text: string; repaired: string[] } {
  const repaired: string[] = [];
  const out = text
    .replace(BROKEN_TAG, (match, slash: string, name: string, attrs: string) => (repaired.push(match), `<${slash}${name}${attrs}>`))
    .replace(BROKEN_ENTITY, (match, entity: string) => (repaired.push(match), `&${entity};`));
  return { text: out, repaired };
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
/** 调(diào)优(yōu): a pinyin reading after a character, as some reading sites print them. Needs a tone mark or a tone digit. */
const PINYIN_GLOSS = new RegExp(`(?<=\\p{Script=Han})[(（]\\s*((?=[a-z${TONED}]*[${TONED}1-4])[a-z${TONED}]{1,6}[1-4]?)\\s*[)）]`, 'gu');

/** Removes pinyin glosses; returns how many. */
export function stripPinyinGlosses(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(PINYIN_GLOSS, () => (count++, ''));
  return { text: out, count };
}

/** C0/C1 controls (tab and newline aside), bidi overrides, non-characters: never meant to be seen, and they break feeds and cards. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

export function stripControlCharacters(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(CONTROL, (ch) => (count++, ch === '\f' || ch === '\u000b' ? '\n' : ''));
  return { text: out, count };
}

export interface InlineResult {
  text: string;
  tags: string[];
  /** `?br />`-style markup put right. */
  repaired: string[];
  pinyin: number;
  controls: number;
}

/** Every per-character fix, in order: control characters, broken markup, tags, entities, tags hidden in entities, pinyin, spaces, widths. */
export function cleanInline(text: string): InlineResult {
  const controls = stripControlCharacters(text);
  const repair = repairBrokenMarkup(controls.text);
  const first = replaceTags(repair.text);
  const decoded = decodeEntities(first.text);
  const second = replaceTags(decoded);
  const pinyin = stripPinyinGlosses(second.text);
  const lines = pinyin.text.split('\n').map((l) => normalizeWidth(normalizeSpaces(l)));
  return {
    text: lines.filter(Boolean).join('\n'),
    tags: [...first.tags, ...second.tags],
    repaired: repair.repaired,
    pinyin: pinyin.count,
    controls: controls.count,
  };
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
  '我要纠错|纠错|加入收藏|展开阅读全文|展开全文|阅读全文|查看全文|查看更多|点击查看更多|点击查看全文|点击展开全文|加载更多|继续阅读|阅读原文|点击阅读原文|返回顶部|回到顶部|返回首页|返回列表|返回|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|字号[:：]?\\s*[大中小\\s]*|字体[:：]?\\s*[大中小\\s]*|默认|大|中|小';
const CHROME_SEGMENT = new RegExp(`^(?:点击)?(?:${CHROME_WORDS})[>»›▼↓…\\s]*$`);

/** "展开阅读全文", "点击查看更多", "【打印本页】【关闭窗口】", "字号：大 中 小". */
export function isMoreLink(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 40) return false;
  const segments = t.split(/[【】[\]（）()|｜\s]+/).filter(Boolean);
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
  /^(?:分享到|分享至|转发到|分享)\s*[:：]?.{0,40}$|^(?:微信)?扫一扫.{0,20}$|^长按(?:识别)?(?:图中|下方)?二维码.{0,16}$|^扫描(?:下方)?二维码(?:分享|关注|在手机上阅读|用手机看|阅读|打开).{0,10}$|^(?:关注我们|点赞|在看|赞|写留言|留言|赞赏|微信公众号|手机扫码阅读|手机阅读)\s*$|^点击(?:上方|下方).{0,12}关注.{0,12}$/;

/** "分享到：微信 微博", "扫一扫在手机打开当前页", "点赞 在看". */
export function isShareLine(text: string): boolean {
  return (
    furnitureLike(text, 60) && (SHARE.test(text) || text.split(/\s+/).every((w) => /^(?:点赞|在看|赞|分享|收藏|留言|写留言|\d+)$/.test(w)))
  );
}

const NAV_WORDS =
  /首页|主页|网站首页|概况|简介|动态|新闻|要闻|公告|通知|政策|法规|文件|联系|关于|服务|专题|下载|留言|信箱|互动|English|登录|注册|搜索|导航|机构|领导|公开|办事|风采|视频|图片/;

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
  /^(?:相关(?:文章|阅读|新闻|链接|推荐|报道|稿件|资源|文档|资讯)|推荐阅读|热门(?:文章|推荐|新闻|阅读|排行)|热点(?:排行|新闻|推荐)|(?:点击|阅读)排行|排行榜|猜你喜欢|延伸阅读|往期(?:回顾|推荐|精彩|文章)|更多(?:新闻|阅读|精彩|文章)|精彩推荐|最新(?:文章|动态|新闻)|上一篇|下一篇|上一条|下一条|喜欢此内容的人还喜欢|你可能(?:还喜欢|感兴趣)|大家都在看|看了又看|(?:本周|本月|今日|每日)热(?:读|文|榜)|热读(?:推荐|排行)?)\s*[:：]?/;
const MORE_ABOUT = /^(?:查看|点击查看)?更多(?:关于)?.{0,14}?(?:的|相关)?(?:资讯|新闻|文章|内容|报道|信息)\s*[>»›]*$/;
/** A title in a list of related articles, with its time stamp: "青山镇举行茶叶采摘节 2024-04-02 11:03", "… 06-03 18:20". */
const LISTED_WITH_TIME = /^[^。！？]{4,60}?\s+(?:(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}[-/]\d{1,2})$/;

/** The head of a related-articles list ("相关文章"), or a single "上一篇：…" line. */
export function isRelatedHeading(text: string): boolean {
  const t = text.trim();
  return (RELATED_HEAD.test(t) || MORE_ABOUT.test(t) || LISTED_WITH_TIME.test(t)) && t.length <= 80;
}

const SNAPSHOT_FAMILY =
  /^(?:原始|原文|来源|源|原网页)(?:地址|链接|网址|url)\s*[:：]|快照|缓存时间|原网页的缓存|原网页可能已|公益服务.{0,12}(?:仅供参考|以原网页为准)|与原网站无关|自动(?:聚合|抓取|采集)|聚合全网|^(?:抓取|采集|爬虫|crawler|spider)\s*[:：]|\b[A-Za-z]+(?:Bot|Spider|Crawler)(?:\/[\d.]+)?\b|下载.{0,8}(?:APP|App|app|客户端)|举报(?:邮箱|电话|中心)/;

/** A news aggregator's or snapshot's own notices: snapshot time, original address, crawler, app banner. */
export function isAggregatorNotice(text: string): boolean {
  return text.length <= 200 && SNAPSHOT_FAMILY.test(text) && !/。\S/.test(text);
}

/** "- 国内", "首页 - 地方", "首页 > 新闻中心 > 正文", "首页 / 新闻中心 / 社区动态": a category crumb. */
export function isBreadcrumb(text: string): boolean {
  const t = text.trim();
  if (t.length > 80 || /[。，！？]/.test(t)) return false;
  if (/^[-–—]\s*\p{Script=Han}{1,6}(?:\s*[-–—]\s*\p{Script=Han}{1,6})*$/u.test(t)) return true;
  const parts = t.split(/\s*(?:>>|>|»|›|\/|\s[-–—]\s)\s*/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => [...p].length <= 12) && /^(?:首页|主页|网站首页|首 页)$/.test(parts[0]!);
}

/** "— 2 —", "- 3 -", "第 2 页", "第1页 / 共9页", "2/9": page numbers and counters of a paged document. */
export function isPageNumber(text: string): boolean {
  return (
    /^(?:[-–—\s]*\d{1,3}[-–—\s]*|第\s*\d+\s*页(?:\s*[/／,，]?\s*共\s*\d+\s*页)?|\d{1,3}\s*[/／]\s*\d{1,3}|共\s*\d+\s*页)$/.test(
      text.trim(),
    ) && /\d/.test(text)
  );
}

const PAYWALL =
  /全文共\s*[\d,]+\s*字|(?:当前|當前)(?:仅|僅)(?:显示|顯示)|(?:正式)?(?:会员|會員|付费|付費|订阅|訂閱)(?:用户|用戶)?(?:可|才能|方可)?(?:完整|全文)?(?:阅读|閱讀|查看)|(?:立即|马上|馬上)(?:开通|開通|成为|成為)(?:会员|會員|VIP)|(?:开通|開通|成为|成為)(?:会员|會員|VIP)(?:后|後)?(?:即可|可|才能)?(?:阅读|閱讀|查看|继续|繼續)|(?:付费|付費)(?:阅读|閱讀)|(?:登录|登入|登錄)后?(?:阅读|閱讀|查看)(?:全文|完整)|试读(?:已)?结束|剩余\s*\d+\s*%\s*(?:的)?(?:内容|未读)|畅读全(?:站|文)|^[¥￥]\s*[\d.]+.{0,8}(?:开通|会员|购买)|已有\s*[\d.]+\s*万?.{0,6}(?:开通|购买|订阅)/;

/** "正式会员可完整阅读", "全文共1260字，当前仅显示320字", "立即开通会员": the text stops here for non-payers. */
export function isPaywall(text: string): boolean {
  return text.length <= 80 && PAYWALL.test(text);
}

const DOC_SITE =
  /由(?:会员|用户|网友).{0,30}(?:分享|上传)|请在.{1,16}上搜索|(?:剩余|还剩)\s*\d+\s*页未读|继续阅读$|下载(?:本)?文档|下载券|下载积分|资源描述|^下载资源$|^(?:本|该)?文档(?:由|为).{0,10}上传|仅供(?:学习|参考)(?:交流|使用)?|VIP(?:免费)?下载|^(?:立即|免费)下载|^本文由.{0,8}推荐$|全部预览完了|预览已结束|如果喜欢就下载|^(?:上传人|上传者|上传时间|贡献者|格式|文档格式|文件格式|大小|文档大小|文件大小|页数|文档页数|热度|文档热度|下载次数|所需金币|金币|分类|文档分类)\s*[:：]\s*\S{1,24}$/;

/** A document-sharing site's chrome: "下载资源", "资源描述", "《x.docx》由会员分享…", "剩余8页未读，继续阅读". */
export function isDocSiteChrome(text: string): boolean {
  return text.length <= 200 && DOC_SITE.test(text);
}

/** "社区家风家训宣讲稿.doc", "好家风演讲稿范文（精选10篇）.docx": a listed document file. */
export function isFileName(text: string): boolean {
  return text.length <= 80 && /\.(?:docx?|wps|pdf|pptx?|xlsx?|txt|rar|zip)$/i.test(text.trim()) && !/[。！？]/.test(text);
}

const TOOLBAR_WORD =
  /^(?:下载|相关|举报|反馈|收藏|分享|打印|评论|纠错|复制|全屏|VIP免费下载|免费下载|点赞|关注|上传|导出|阅读|朗读|字号|放大|缩小|[大中小])$/;

/** "下载 相关 举报", "下载 收藏 分享 举报": a row of toolbar buttons. */
export function isToolbar(text: string): boolean {
  const words = text
    .trim()
    .split(/[\s|｜·•/／]+/)
    .filter(Boolean);
  return words.length >= 2 && words.every((w) => TOOLBAR_WORD.test(w));
}

/** "目录/提纲：……", "目录", "提纲：": the head of a table of contents. */
export function isContentsHead(text: string): boolean {
  return /^(?:目\s*录|提\s*纲|目录\s*[/／]\s*提纲|文档目录)\s*[:：]?\s*[.…·\s]*$/.test(text.trim());
}

const FOLLOW =
  /关注(?:我们|本号|公众号|该公众号|.{0,12}(?:了解更多|获取更多))|(?:点击|点)(?:上方|下方|蓝字|名片|这里).{0,12}(?:关注|订阅)|蓝字.{0,6}关注|(?:点亮|点个|点一下|给个).{0,4}[“"]?在看|欢迎(?:关注|转发|分享)|^(?:投稿|联系|爆料)(?:邮箱|电话|方式|热线)\s*[:：]|^[-—–_=\s]*(?:THE\s+)?END[-—–_=\s]*$|^[（(【[]?\s*(?:完|全文完|本文完)\s*[）)】\]]?$|^收录于(?:合集|话题)|预览时标签不可点|微信扫一扫可打开此内容|^(?:点击|点)(?:上方|下方)?(?:蓝字|名片)\s*[+＋]?$|^(?:#[^#\s]{1,20}(?:\s+\d+\s*个)?\s*)+$|^[▼▲↓↑\s]+$|^[▼▲]?\s*(?:往期|历史)(?:推荐|精彩|回顾|文章)\s*[▼▲]?$/i;

/** WeChat furniture: "点击蓝字 关注我们", "- END -", "喜欢就点个“在看”吧", "▼ 往期推荐 ▼", "投稿邮箱：…". */
export function isFollowLine(text: string): boolean {
  return text.length <= 60 && FOLLOW.test(text.trim());
}

const STAFF_LABEL = '(?:责任编辑|责编|编辑|主编|审核|审校|审签|初审|复审|终审|校对|排版|美编|监制|出品|统筹|值班编辑|总编辑)';
const STAFF_LINE = new RegExp(`^(?:${STAFF_LABEL}\\s*[:：]\\s*[^:：\\s]{1,16}\\s*)+$`);

/** "编辑：何静　审核：李强", "初审：张敏 终审：赵刚": the people behind a post, not its author. */
export function isStaffLine(text: string): boolean {
  return text.length <= 80 && STAFF_LINE.test(text.trim());
}

const FOOTER_LABEL = '(?:主办(?:单位)?|承办(?:单位)?|协办|地址|邮编|电话|联系电话|传真|邮箱|E-?mail|网站地图|技术支持|运营维护)';
const FOOTER_LINE = new RegExp(`^(?:${FOOTER_LABEL}\\s*[:：]\\s*\\S.{0,40}?\\s*)+$|主办$`, 'i');

/** "主办：…　地址：…　电话：…", "桐川县人民政府办公室主办": a site footer. */
export function isFooterLine(text: string): boolean {
  return text.length <= 120 && FOOTER_LINE.test(text.trim()) && !/[。！？]/.test(text);
}

/** "关键词：变味 薪火", "标签：关工委": a page's keyword line. */
export function isKeywordLine(text: string): boolean {
  return text.length <= 80 && /^(?:关键词|关键字|标签|tags?)\s*[:：]/i.test(text.trim()) && !/[。！？]/.test(text);
}

const MASTHEAD = /^\S{2,20}?(?:工作信息|信息专报|工作简报|简报|快报|专报|工作动态|关工动态)$/;
const ISSUE_NUMBER =
  /^(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?第\s*[\d〇零一二三四五六七八九十百]+\s*期(?:\s*[（(]\s*总第\s*[\d〇零一二三四五六七八九十百]+\s*期\s*[)）])?$/;
const COMPILED_BY = /^\S{2,30}?(?:办公室|委员会|关工委|秘书处|编辑部|宣传组)\s*(?:编|编印|主编|编发|印发)$/;
const RULE_LINE = /^[─━—\-=＝_＿~～·•*※\s]{6,}$/;
const DISTRIBUTION =
  /^(?:报|送|发|主送|抄送|抄报|报送|分送|发送)\s*[:：]\s*\S.{0,80}$|[（(]\s*共印\s*[\d〇零一二三四五六七八九十百]+\s*份\s*[)）]$/;

/**
 * A printed bulletin's furniture (工作简报, 工作信息): its masthead, "2024年第3期（总第27期）", "…办公室编", the rules
 * under the masthead and above the distribution, and the distribution lines ("报：县关工委", "（共印15份）").
 */
export function isBulletinFurniture(text: string): boolean {
  const t = text.trim();
  if (t.length > 100 || /[。！？]/.test(t)) return false;
  return MASTHEAD.test(t) || ISSUE_NUMBER.test(t) || COMPILED_BY.test(t) || RULE_LINE.test(t) || DISTRIBUTION.test(t);
}

/** Why a single line is boilerplate, or null when it is article text (a Traditional line is read in Simplified). */
export function boilerplateReason(text: string): DropReason | null {
  const t = text.trim();
  if (!t) return null;
  const reason = boilerplateReasonOf(t);
  if (reason) return reason;
  const simplified = toSimplified(t);
  return simplified === t ? null : boilerplateReasonOf(simplified);
}

function boilerplateReasonOf(t: string): DropReason | null {
  if (isBulletinFurniture(t)) return 'bulletin';
  if (isKeywordLine(t)) return 'page-chrome';
  if (isPaywall(t)) return 'paywall';
  if (isAggregatorNotice(t)) return 'snapshot';
  if (isDocSiteChrome(t) || isFileName(t)) return 'doc-site';
  if (isContentsHead(t)) return 'contents';
  if (isToolbar(t)) return 'links';
  if (isPageNumber(t)) return 'page';
  if (isFollowLine(t)) return 'follow';
  if (isStaffLine(t)) return 'staff';
  if (isBreadcrumb(t)) return 'menu';
  if (isFooterLine(t)) return 'footer';
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
        inRelated = (reason === 'related' && !/[:：]\s*\S/.test(text)) || (reason === 'follow' && /往期|推荐|精彩|回顾/.test(text));
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

/**
 * Text pasted out of a PDF: page numbers ("— 2 —"), and the running head at the top of each page (the line
 * after a form feed or a page number, when short and not a sentence), leave the text; so do the blank lines
 * around them, so a paragraph broken by a page joins up again.
 */
export function dropPageFurniture(text: string): { text: string; dropped: Dropped[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const dropped: Dropped[] = [];
  const out: string[] = [];
  const isHead = (line: string) => {
    const t = line.trim();
    return t.length > 0 && [...t].length <= 30 && !/[。，；！？：:]/.test(t);
  };
  let pageTop = false;
  for (const [index, raw] of lines.entries()) {
    let line = raw;
    if (line.includes('\f')) {
      line = line.replace(/\f/g, '');
      pageTop = true;
    }
    if (!line.trim()) {
      if (!pageTop) out.push(line);
      continue;
    }
    if (isPageNumber(line)) {
      // The text goes on after this page: a "page 1 of 2" here is no sign that the rest is missing.
      const continued = lines.slice(index + 1).some((l) => l.replace(/\f/g, '').trim() && !isPageNumber(l));
      dropped.push({ text: line.trim(), reason: 'page', ...(continued ? { continued: true } : {}) });
      while (out.length && !out.at(-1)!.trim()) out.pop();
      pageTop = true;
      continue;
    }
    if (pageTop && isHead(line)) {
      dropped.push({ text: line.trim(), reason: 'page' });
      pageTop = false;
      continue;
    }
    pageTop = false;
    out.push(line);
  }
  // Only a text with page numbers or form feeds is paged: anything else is left exactly as it was.
  return dropped.length ? { text: out.join('\n'), dropped } : { text, dropped };
}
