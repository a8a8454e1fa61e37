// The cleaning rules issue 12 added, one by one, on lines shaped like the ones real submissions carry.
import { describe, expect, it } from 'vitest';
import type { Block } from '@/lib/import/blocks';
import {
  boilerplateReason,
  cleanInline,
  dropBoilerplate,
  dropPageFurniture,
  isAggregatorNotice,
  isBreadcrumb,
  isContentsHead,
  isDocSiteChrome,
  isFileName,
  isFollowLine,
  isFooterLine,
  isPageNumber,
  isPaywall,
  isStaffLine,
  isToolbar,
  repairBrokenMarkup,
  stripControlCharacters,
  stripPinyinGlosses,
  textToParagraphs,
} from '@/lib/import/clean';
import { decodeText } from '@/lib/import/encoding';
import { htmlToBlocks } from '@/lib/import/html';
import { truncationSigns } from '@/lib/import/import';
import { findMeta, inlineByline, isPersonName, readMetaLine } from '@/lib/import/meta';
import { chooseTitle, headlineShaped } from '@/lib/import/title';

const para = (text: string): Block => ({ kind: 'para', text });
const heading = (text: string, level = 1): Block => ({ kind: 'heading', level, text });
const ARTICLE = '7月7日，柳湾乡关工委组织20余名“五老”志愿者，分成5个巡河小组，对沿河的12处水塘进行拉网式巡查。';

describe('markup broken by a wrong decoding', () => {
  it('turns ?br />, ?/span>, ?p …? back into tags and ?ldquo; into an entity, so they become breaks and quotes', () => {
    expect(repairBrokenMarkup('一?br />二?/span>?ldquo;五老?rdquo;').text).toBe('一<br>二</span>&ldquo;五老&rdquo;');
    expect(cleanInline('?p style="text-align:center"?标题?/p>正文?br />第二段?/div>').text).toBe('标题\n正文\n第二段');
  });
  it('does not make the ; of ?ldquo; full-width (the cleaner repairs before it widens)', () => {
    expect(cleanInline('组织?ldquo;五老?rdquo;志愿者').text).toBe('组织“五老”志愿者');
  });
  it('leaves ordinary question marks alone', () => {
    expect(repairBrokenMarkup('你知道吗?我们 A?B 共3人?').repaired).toEqual([]);
  });
});

describe('pinyin glosses and control characters', () => {
  it('strips 调(diào)优(yōu) and （jué） glosses, not (AI) or a number in brackets', () => {
    expect(stripPinyinGlosses('调(diào)优(yōu)，矍（jué）铄（shuò），(AI)和(2)，李(li)').text).toBe('调优，矍铄，(AI)和(2)，李(li)');
  });
  it('removes control characters and bidi overrides, counting them; a form feed becomes a line break', () => {
    expect(stripControlCharacters('标\u0001题\u202e完\u000c下一页')).toEqual({ text: '标题完\n下一页', count: 3 });
  });
});

describe('furniture by family', () => {
  it.each([
    ['点击蓝字 关注我们', 'follow'],
    ['- END -', 'follow'],
    ['— THE END —', 'follow'],
    ['▼点击下方名片关注我们▼', 'follow'],
    ['喜欢就点个“在看”吧', 'follow'],
    ['投稿邮箱：hk@163.example', 'follow'],
    ['▼ 往期推荐 ▼', 'follow'],
    ['编辑：何静　审核：李强', 'staff'],
    ['初审：张敏 终审：赵刚', 'staff'],
    ['原始地址：http://x.gov.cn/a.html', 'snapshot'],
    ['本快照为公益服务，仅供参考，如有疑问请以原网页为准', 'snapshot'],
    ['抓取：JiXunBot/2.1', 'snapshot'],
    ['下载快读APP，阅读更流畅', 'snapshot'],
    ['- 国内', 'menu'],
    ['首页 / 新闻中心 / 社区动态', 'menu'],
    ['首页 - 地方', 'menu'],
    ['更多关于青山镇的资讯>>', 'related'],
    ['青山镇举行茶叶采摘节 2024-04-02 11:03', 'related'],
    ['热点排行', 'related'],
    ['相关资源', 'related'],
    ['第1页 / 共9页', 'page'],
    ['— 2 —', 'page'],
    ['下载资源', 'doc-site'],
    ['《a.docx》由会员 wx_1 分享，可在线阅读，更多相关《a.docx》请在某文库上搜索。', 'doc-site'],
    ['剩余8页未读，继续阅读', 'doc-site'],
    ['社区家风宣讲稿.doc', 'doc-site'],
    ['下载 相关 举报', 'links'],
    ['举报/反馈', 'links'],
    ['（完）', 'follow'],
    ['收录于合集 #关工动态 12个', 'follow'],
    ['预览时标签不可点', 'follow'],
    ['目录/提纲：……', 'contents'],
    ['关键词：变味 薪火', 'page-chrome'],
    ['本文由作者推荐', 'doc-site'],
    ['正式會員可完整閱讀', 'paywall'],
    ['全文共1260字，当前仅显示320字', 'paywall'],
    ['主办：沅州市关工委办公室　地址：人民路108号　电话：0745-2221234', 'footer'],
    ['桐川县人民政府办公室主办', 'footer'],
    ['点击蓝字', 'follow'],
    ['#假日学校 3个', 'follow'],
    ['#關心下一代 #學雷鋒 #桂花街道關工委', 'follow'],
    ['（轉載請註明出處）', 'copyright'],
    ['【我要纠错】　【打印本页】　【关闭窗口】', 'more-link'],
    ['喜欢此内容的人还喜欢', 'related'],
    ['本周热读', 'related'],
    ['试读已结束，剩余85%内容', 'paywall'],
    ['开通会员，畅读全站10万+篇美文', 'paywall'],
    ['¥9.9 开通会员', 'paywall'],
    ['已有12.6万家长开通', 'paywall'],
    ['格式：DOCX', 'doc-site'],
    ['文档热度：1203', 'doc-site'],
    ['亲，该文档总共2页，全部预览完了，如果喜欢就下载吧！', 'doc-site'],
    ['石岭乡关工委工作信息', 'bulletin'],
    ['红旗农场关工委工作简报', 'bulletin'],
    ['第12期', 'bulletin'],
    ['2024年第3期（总第27期）', 'bulletin'],
    ['红旗农场关工委办公室编', 'bulletin'],
    ['──────────────────────────────', 'bulletin'],
    ['报：县关工委', 'bulletin'],
    ['发：各村关工小组、乡中心学校　　　　　　　（共印15份）', 'bulletin'],
  ])('%s → %s', (line, reason) => {
    expect(boilerplateReason(line)).toBe(reason);
  });
  it.each([
    ARTICLE,
    '“孩子放学有地方去，我们上班也安心了。”前来接孩子的家长张女士说。',
    '河口镇关工委　王建国',
    '来源：桂花街道关工委',
    '一、讲案例 敲警钟',
    '书法班已经连续办了六年，先后有200多名农场子弟在这里学习。',
    '老党员周德胜挽起裤腿下田示范：“秧苗要插得直、插得稳。”',
    '送：乡亲们自家种的蔬菜，老人们说这是最好的礼物。',
    '第12期“五老”讲堂在村部开讲，80多名村民参加。',
    '石岭乡“五老”送教上门温暖残疾儿童',
    '开通会员的家长越来越多',
  ])('keeps article text: %s', (line) => {
    expect(boilerplateReason(line)).toBeNull();
  });
  it('each family detector recognises its own lines only', () => {
    expect(isAggregatorNotice('以下是网页快照，快照时间：2025年06月05日')).toBe(true);
    expect(isBreadcrumb('东塘镇 上湾村')).toBe(false);
    expect(isPageNumber('2023')).toBe(false);
    expect(isPaywall('会员们说')).toBe(false);
    expect(isPaywall('开通VIP')).toBe(false); // a menu item, not a notice that the text stops
    expect(isPaywall('开通会员后可阅读全文')).toBe(true);
    expect(isDocSiteChrome(ARTICLE)).toBe(false);
    expect(isFileName('关于印发方案的通知.docx')).toBe(true);
    expect(isToolbar('下载 本地')).toBe(false);
    expect(isContentsHead('目录')).toBe(true);
    expect(isFollowLine('大家都关注孩子们的安全。')).toBe(false);
    expect(isStaffLine('编辑部的老同志们来了')).toBe(false);
    expect(isFooterLine('地址：沅州市人民路108号')).toBe(true);
  });
  it('drops the titles listed under 往期推荐 and 相关资源, and stops at the next sentence', () => {
    const { kept, dropped } = dropBoilerplate([
      para(ARTICLE),
      para('往期推荐'),
      para('溪南街道召开关工委工作会议'),
      para('工业园社区：让“小候鸟”快乐过暑假'),
      para(ARTICLE.replace('7月7日', '7月8日')),
    ]);
    expect(dropped.map((d) => d.text)).toEqual(['往期推荐', '溪南街道召开关工委工作会议', '工业园社区：让“小候鸟”快乐过暑假']);
    expect(kept).toHaveLength(2);
  });
});

describe('web pages', () => {
  it('drops link-dense blocks (menus, toolbars, lists of related articles) item by item, not article paragraphs with a link', () => {
    const html = `<html><body><div class="top"><ul><li><a href="/">• 首页</a></li><li><a href="/s">• 我的订阅</a></li></ul></div>
      <div><a href="/d">下载</a> <a href="/r">相关</a> <a href="/j">举报</a></div>
      <div><p>${ARTICLE}详见<a href="/x">活动视频</a>。</p></div>
      <div><ul><li><a href="/1">城关镇召开关工委全委会</a></li><li><a href="/2">青山镇助学金发放仪式</a></li></ul></div></body></html>`;
    const result = htmlToBlocks(html);
    expect(result.blocks.map((b) => (b.kind === 'para' ? b.text : ''))).toEqual([`${ARTICLE}详见活动视频。`]);
    expect(result.dropped.map((d) => d.text)).toEqual([
      '• 首页',
      '• 我的订阅',
      '下载 相关 举报',
      '城关镇召开关工委全委会',
      '青山镇助学金发放仪式',
    ]);
  });
  it('drops a box that opens with 目录/提纲 as a table of contents', () => {
    const result = htmlToBlocks(`<body><div><p>目录/提纲：……</p><p>一、去年工作回顾</p></div><p>${ARTICLE}</p></body>`);
    expect(result.dropped).toEqual([
      { text: '目录/提纲：……', reason: 'contents' },
      { text: '一、去年工作回顾', reason: 'contents' },
    ]);
  });
  it('keeps WeChat images (data-src) as image blocks with their address, and reads the date from the page script', () => {
    const html = `<html><head><script>var ct = "1751970600";</script></head><body><div id="js_content"><p>${ARTICLE}</p>
      <p><img data-src="https://mmbiz.qpic.cn/a/640?wx_fmt=jpeg" src="data:image/gif;base64,R0lGOD"></p><p>志愿者在河边巡查</p></div></body></html>`;
    const result = htmlToBlocks(html);
    expect(result.webImages).toEqual(['https://mmbiz.qpic.cn/a/640?wx_fmt=jpeg']);
    expect(result.blocks.some((b) => b.kind === 'image' && b.ref === 0)).toBe(true);
    expect(result.hints.date).toBe('1751970600');
  });
  it('walks an old table-layout page as boxes (one column), keeping a real two-column data table as a table', () => {
    const html = `<body><table><tr><td>标题行</td></tr><tr><td>${ARTICLE}</td></tr></table><table><tr><td>村</td><td>人数</td></tr><tr><td>荷花村</td><td>46</td></tr></table></body>`;
    const kinds = htmlToBlocks(html).blocks.map((b) => b.kind);
    expect(kinds).toEqual(['para', 'para', 'table']);
  });
});

describe('the headline', () => {
  it('is never a navigation item, toolbar, contents head, byline or file name', () => {
    for (const line of ['• 我的订阅', '下载 相关 举报', '目录/提纲：……', '河口镇关工委　王建国', '首页 新闻 公告 联系我们', '- 国内'])
      expect(headlineShaped(line)).toBe(false);
  });
  it('is scored: a headline a few lines down beats the furniture above it, and leaves the body', () => {
    const blocks = [
      para('我的订阅'),
      para('下载 相关 举报'),
      heading('城关镇召开“五老”报告团座谈会.docx'),
      para('城关镇召开“五老”报告团座谈会'),
      para('城关镇关工委　陈思远'),
      para(ARTICLE),
    ];
    const choice = chooseTitle(blocks, { strong: [], weak: ['城关镇召开“五老”报告团座谈会.docx'] });
    expect(choice.title).toBe('城关镇召开“五老”报告团座谈会');
    expect(choice.blocks.map((b) => (b.kind === 'para' ? b.text : b.kind))).toEqual(['城关镇关工委　陈思远', ARTICLE]);
    expect(choice.above).toEqual(['我的订阅', '下载 相关 举报']);
  });
  it('takes the page heading or og:title when the text does not repeat it', () => {
    expect(chooseTitle([para(ARTICLE)], { strong: ['柳湾乡关工委开展暑期防溺水巡河行动'], weak: [] }).title).toBe(
      '柳湾乡关工委开展暑期防溺水巡河行动',
    );
  });
  it('is not the site name at the top of a page, and the short lines above it leave the body with it', () => {
    const blocks = [
      para('皮肤设置：'),
      para('巢湖市庙岗乡人民政府'),
      para('关于进一步加强农村留守儿童关爱保护工作的实施意见'),
      para('发布时间：2017-08-25 09:53:46 来源：本站 阅读：94'),
      para(ARTICLE),
    ];
    const choice = chooseTitle(blocks, { strong: [], weak: [] });
    expect(choice.title).toBe('关于进一步加强农村留守儿童关爱保护工作的实施意见');
    expect(choice.above).toEqual(['皮肤设置：', '巢湖市庙岗乡人民政府']);
    expect(choice.blocks).toHaveLength(2);
  });
  it('names the runners-up when two candidates score alike', () => {
    const choice = chooseTitle([para('青山镇助学帮扶团送去助学金'), para('茶岭村松柏村32名学生受助'), para(ARTICLE)], {
      strong: [],
      weak: [],
    });
    expect(choice.title).toBe('青山镇助学帮扶团送去助学金');
    expect(choice.runnersUp).toEqual(['茶岭村松柏村32名学生受助']);
  });
});

describe('bylines', () => {
  it.each([
    ['河口镇关工委　王建国', { author: '王建国' }],
    ['元明 卢刚', { author: '元明、卢刚' }],
    ['供稿：周小兰', { author: '周小兰' }],
    ['供稿：东塘镇关工委', { source: '东塘镇关工委' }],
    ['文／劉芳', { author: '劉芳' }],
    ['原创 李婷 溪南关工 2025年07月15日 08:05 湖南', { author: '李婷' }],
    ['大众网记者 王雪 通讯员 梅常贵 王伟宝 临沂报道', { author: '王雪、梅常贵、王伟宝' }],
    ['2023-12-13许湘山', { author: '许湘山' }],
    ['作者：王建国（河口镇关工委）', { author: '王建国', source: '河口镇关工委' }],
    ['本文转自：桐川城关微信公众号', { source: '桐川城关微信公众号' }],
    ['作者：佚名　来源：溪南街道　时间：2024-11-15', { source: '溪南街道' }],
    ['来源：红旗农场关工委　2024-07-22 09:51:14', { source: '红旗农场关工委' }],
    ['□ 田小军', { author: '田小军' }],
    ['文／龍建華　攝影／謝曉東', { author: '龍建華' }],
    ['作者：曾庆 阅读 2.3万', { author: '曾庆' }],
    ['文字：李婷　图片：街道关工委', { author: '李婷' }],
  ])('%s', (line, expected) => {
    const meta = readMetaLine(line)!;
    expect({ author: meta.author, source: meta.source }).toEqual({ author: undefined, source: undefined, ...expected });
  });
  it('takes a unit named as 作者 for the source, and ignores 本站 as a source', () => {
    expect(readMetaLine('作者：衡山县妇联')).toEqual({ source: '衡山县妇联' });
    expect(readMetaLine('发布时间：2017-08-25 来源：本站 阅读：94')!.source).toBeUndefined();
  });
  it('finds 通讯员 named in brackets inside the opening sentence (Traditional too), leaving the sentence whole', () => {
    expect(inlineByline('张家界新闻网3月24日讯（通讯员 邱德帅 刘勇）近日，桑植县关工委……')).toBe('邱德帅、刘勇');
    expect(inlineByline('3月24日訊 (通訊員 邱德帥 劉勇)近日')).toBe('邱德帥、劉勇');
    expect(inlineByline('近日，县关工委（办公室）组织……')).toBeNull();
  });
  it('takes a three-character name alone under the headline as the byline, not a two-character word', () => {
    const found = findMeta([para('许湘山'), para(ARTICLE), para('周末')]);
    expect(found.author).toBe('许湘山');
    expect(found.blocks.map((b) => (b.kind === 'para' ? b.text : ''))).toEqual([ARTICLE, '周末']);
  });
  it('does not take a unit, an account name or ordinary words for a person', () => {
    expect(isPersonName('东塘关工')).toBe(false);
    expect(isPersonName('红旗农场')).toBe(false);
    expect(readMetaLine('文化 活动')).toBeNull();
    expect(readMetaLine('溪南关工 2025-07-30 19:12')!.author).toBeUndefined();
  });
});

describe('text pasted from a PDF, and text encodings', () => {
  it('drops page numbers and running heads and joins the sentence the page break cut', () => {
    const text = [
      '　　东塘镇关工委在马桥村、下湾村和镇中心小学建起3间“亲情视',
      '频室”，配备了电脑和摄像头，孩子们每周可以和父母视频通话',
      '',
      '— 1 —',
      '\f桐川县关工委工作简报',
      '一次。',
    ].join('\n');
    const paged = dropPageFurniture(text);
    expect(paged.dropped.map((d) => d.text)).toEqual(['— 1 —', '桐川县关工委工作简报']);
    expect(textToParagraphs(paged.text)).toEqual([
      '东塘镇关工委在马桥村、下湾村和镇中心小学建起3间“亲情视频室”，配备了电脑和摄像头，孩子们每周可以和父母视频通话一次。',
    ]);
  });
  it('marks a page counter the text goes on after, so a whole two-page paste is not taken for a preview', () => {
    const paged = dropPageFurniture(['第一页的文字。', '第 1 页 共 2 页', '第二页的文字。', '第 2 页 共 2 页'].join('\n'));
    expect(paged.dropped).toEqual([
      { text: '第 1 页 共 2 页', reason: 'page', continued: true },
      { text: '第 2 页 共 2 页', reason: 'page' },
    ]);
    expect(truncationSigns([para(ARTICLE)], paged.dropped)).toEqual([]);
  });
  it('leaves text without page numbers exactly as it was', () => {
    expect(dropPageFurniture('标题\n\n正文。').text).toBe('标题\n\n正文。');
  });
  it('reads UTF-16 without a BOM even when the text is nearly all Chinese', () => {
    const text = '东塘镇上湾村关工小组办起“暑期课堂”\r\n暑假期间，东塘镇上湾村关工小组利用村部空置的会议室办起了“暑期课堂”。';
    expect(decodeText(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le', bom: false });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeText(be).encoding).toBe('utf-16be');
  });
});

describe('truncation', () => {
  it('is flagged from a paywall line, a one-page preview of many, and a text that stops mid-sentence', () => {
    expect(truncationSigns([para(ARTICLE)], [{ text: '正式会员可完整阅读', reason: 'paywall' }])).toEqual(['正式会员可完整阅读']);
    expect(truncationSigns([para(ARTICLE)], [{ text: '第1页 / 共9页', reason: 'page' }])).toEqual(['第1页 / 共9页']);
    expect(truncationSigns([para(ARTICLE), para('今年，林秀梅被评为全县关心下一代工作先进')], [])).toEqual([
      '正文停在“…县关心下一代工作先进”',
    ]);
  });
  it('is not flagged for a complete text, a one-page preview, or a signature at the end', () => {
    expect(truncationSigns([para(ARTICLE), para('红旗农场关工委')], [{ text: '第 1 页 共 1 页', reason: 'page' }])).toEqual([]);
  });
});
