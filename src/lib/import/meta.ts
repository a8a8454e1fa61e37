// Finding an entry's facts in a submission: title, date, author (通讯员), source (来源) and township.
// Lines that only carried those facts ("发布时间：… 来源：… 浏览次数：…") leave the body and are reported.
import type { PlaceRegistry, Township, Village } from '../places';
import { blockText, type Block, type Dropped } from './blocks';
import { findDates, type FoundDate } from './find-dates';
import { toSimplified } from '../text/traditional';

const LABELS = [
  '发布时间',
  '发布日期',
  '发表时间',
  '发表日期',
  '发稿时间',
  '发文时间',
  '发文日期',
  '成文日期',
  '更新时间',
  '录入时间',
  '时间',
  '日期',
  '信息来源',
  '稿件来源',
  '文章来源',
  '新闻来源',
  '来源',
  '出处',
  '供稿单位',
  '供稿',
  '本文转自',
  '转载自',
  '转自',
  '作者',
  '通讯员',
  '撰稿人',
  '撰稿',
  '撰文',
  '文字',
  '记者',
  '文/图',
  '图/文',
  '文图',
  '图文',
  '责任编辑',
  '编辑',
  '审核',
  '审校',
  '校对',
  '摄影',
  '图片',
  '浏览次数',
  '点击数',
  '阅读次数',
  '访问量',
  '字号',
  '字体',
  '阅读',
  '点击',
  '浏览',
  '访问',
];
const LABEL = new RegExp(`(${LABELS.map((l) => l.replace('/', '\\/')).join('|')})\\s*[:：]\\s*`, 'g');
const DATE_LABELS = new Set([
  '发布时间',
  '发布日期',
  '发表时间',
  '发表日期',
  '发稿时间',
  '发文时间',
  '发文日期',
  '成文日期',
  '更新时间',
  '录入时间',
  '时间',
  '日期',
]);
const SOURCE_LABELS = new Set([
  '信息来源',
  '稿件来源',
  '文章来源',
  '新闻来源',
  '来源',
  '出处',
  '供稿单位',
  '供稿',
  '本文转自',
  '转自',
  '转载自',
]);
const AUTHOR_LABELS = new Set(['作者', '通讯员', '撰稿人', '撰稿', '撰文', '文字', '记者', '文/图', '图/文', '文图', '图文']);

export interface MetaLine {
  date?: FoundDate | undefined;
  /** A labelled date ("发布时间：…") counts for more than a date that merely appears. */
  dateLabelled?: boolean;
  source?: string | undefined;
  author?: string | undefined;
}

function notSentence(text: string, max: number): boolean {
  return text.length <= max && !/[。！？；]/.test(text);
}

/** Page widgets that follow a byline on the same line ("作者：曾庆 阅读 2.3万"): the names end there. */
const AFTER_NAMES = /^(?:阅读|浏览|点击|访问|评论|点赞|收藏|分享|字号|打印|发布|原创|转载|\d)/;

/** Names after 通讯员/作者: "陈立新 王明" → "陈立新、王明". Placeholders (佚名, 本站, 管理员) are no author. */
function cleanNames(value: string): string {
  const words = value.replace(/^[（(【[]|[)）】\]]$/g, '').split(/[\s、，,；;]+/);
  const end = words.findIndex((w) => AFTER_NAMES.test(w));
  return words
    .slice(0, end < 0 ? undefined : end)
    .filter((n) => n && !ANONYMOUS.test(n))
    .join('、');
}

const ANONYMOUS = /^(?:佚名|匿名|本站|本网|本站原创|原创|管理员|admin|编辑部|网络|未知|不详|无)$/i;

// Common surnames: a bare line of names under a headline ("元明 卢刚") is recognised by them.
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝元劉張陳楊黃趙吳孫馬許韓馮鄧葉蘇盧薑鍾譚陸範賈韋鄒熊龔錢嚴戴顏聶魯嶽殷詹歐',
]);
const UNIT_END =
  /(?:关工委|关工小组|委员会|办公室|街道|镇|乡|社区|村|农场|分场|学校|小学|中学|中心|站|所|局|部|队|团|会|网|报|台|妇联|团委|联|委|院|厅|办)$/;

/** "陈立新", "欧阳明": a person's name (not a unit, not an ordinary word). */
export function isPersonName(text: string): boolean {
  return /^[\p{Script=Han}·]{2,4}$/u.test(text) && SURNAMES.has(text[0]!) && !UNIT_END.test(text) && !ANONYMOUS.test(text);
}

const NAMES = '[\\p{Script=Han}·]{2,4}(?:[\\s、，,]+[\\p{Script=Han}·]{2,4}){0,3}';
/** "河口镇关工委　王建国", "柳湾乡关工委 周小兰　2025年12月10日": a unit and its writer(s). */
const UNIT_BYLINE = new RegExp(
  `^[（(]?\\s*(\\S{2,18}?(?:关工委|关工小组|关心下一代工作委员会|办公室|街道|镇|乡|社区|村|农场|学校|中心))\\s+(${NAMES})\\s*[)）]?$`,
  'u',
);

function namesOnly(value: string): string | null {
  const names = value.split(/[\s、，,]+/).filter(Boolean);
  return names.length && names.every(isPersonName) ? names.join('、') : null;
}

/**
 * Reads a page-information line: "发布时间：2016-08-30 10:49:00 来源：东塘镇关工委 浏览次数：12",
 * "（通讯员 陈立新）", "文/陈立新", "原创 东塘关工 2023-07-19 10:49 发表于湖南", a date on its own line.
 * Returns null for article text.
 */
export function readMetaLine(text: string): MetaLine | null {
  const t = text.trim();
  // A Traditional line ("文／龍建華　攝影／謝曉東") is read in Simplified; names and source keep their own writing.
  const simplified = toSimplified(t);
  if (simplified === t || simplified.length !== t.length) return readMetaLineSimplified(t);
  const meta = readMetaLineSimplified(simplified);
  if (!meta) return null;
  const original = (value: string | undefined) => {
    const at = value === undefined ? -1 : simplified.indexOf(value);
    return at < 0 ? value : t.slice(at, at + value!.length);
  };
  if (meta.author !== undefined && !meta.author.includes('、')) meta.author = original(meta.author);
  if (meta.source !== undefined) meta.source = original(meta.source);
  return meta;
}

function readMetaLineSimplified(t: string): MetaLine | null {
  if (!notSentence(t, 160)) return null;
  LABEL.lastIndex = 0;
  const labels = [...t.replace(/[／]/g, '/').matchAll(LABEL)];
  if (
    labels.length &&
    (labels[0]!.index <= 2 || labels.length >= 2 || (labels[0]!.index <= 24 && findDates(t.slice(0, labels[0]!.index)).length > 0))
  ) {
    const meta: MetaLine = {};
    labels.forEach((m, i) => {
      const label = m[1]!;
      const end = labels[i + 1]?.index ?? t.length;
      let value = t
        .slice(m.index + m[0].length, end)
        .replace(/[\s|｜【】[\]）)]+$/, '')
        .trim();
      // A value runs up to a date written after it ("来源：东塘镇关工委 2024-07-22 09:51").
      const inValue = findDates(value)[0];
      if (inValue && !DATE_LABELS.has(label)) {
        meta.date ??= inValue;
        value = value.slice(0, inValue.index).trim();
      }
      if (!value) return;
      if (DATE_LABELS.has(label)) {
        const date = findDates(value)[0];
        if (date) {
          meta.date = date;
          meta.dateLabelled = true;
        }
      } else if (SOURCE_LABELS.has(label)) {
        const first = value.split(/\s{2,}|\u3000/)[0]!.trim();
        // "供稿：周小兰" names a person: the writer, not the source.
        const person = label.startsWith('供稿') ? namesOnly(first) : null;
        if (person) meta.author ??= person;
        else if (!ANONYMOUS.test(first)) meta.source ??= first;
      } else if (AUTHOR_LABELS.has(label)) {
        let first = value.split(/\s{2,}|\u3000/)[0]!.trim();
        // "王建国（河口镇关工委）": the writer, with the unit in brackets.
        const withUnit = /^(.+?)\s*[（(]\s*(.+?)\s*[)）]?$/.exec(first);
        if (withUnit && namesOnly(withUnit[1]!) && UNIT_END.test(withUnit[2]!)) {
          meta.source ??= withUnit[2]!;
          first = withUnit[1]!;
        }
        // "作者：衡山县妇联" names a unit: that is where the text comes from, not who wrote it.
        if (UNIT_END.test(first) && !namesOnly(first)) meta.source ??= first;
        else {
          const names = cleanNames(first);
          if (names) meta.author ??= names;
        }
      }
    });
    // A date before the first label ("2025-10-18　来源：…").
    if (!meta.date) meta.date = findDates(t.slice(0, labels[0]!.index))[0];
    return meta;
  }
  const dates = findDates(t);
  const withoutDate = dates.length === 1 ? t.replace(dates[0]!.text, '').trim() : t;
  const author =
    /^(?:[（(【[]?\s*(?:通讯员|撰稿|作者|记者|文|图文|文图|文\s*[/／]\s*图|图\s*[/／]\s*文|文\s*[|｜])\s*[:：/／｜|]?|[□■◎●○]\s*)\s*([\p{Script=Han}·]{2,4}(?:[\s、，,]+[\p{Script=Han}·]{2,4}){0,3})\s*[)）】\]]?(?:[\s\u3000]+(?:摄影|摄|图|图片|配图)\s*[:：/／｜|]\s*\S{2,16})?$/u.exec(
      withoutDate,
    );
  if (author)
    return { ...(cleanNames(author[1]!) ? { author: cleanNames(author[1]!) } : {}), ...(dates.length === 1 ? { date: dates[0]! } : {}) };
  // "大众网记者 王雪 通讯员 梅常贵 王伟宝 临沂报道": reporters and correspondents in one line.
  const reporters = new RegExp(
    `^(?:\\S{0,8}?(?:记者|通讯员|通讯|特约记者|见习记者)\\s*[:：]?\\s*${NAMES}\\s*)+(?:\\S{2,6}报道)?$`,
    'u',
  ).exec(withoutDate);
  if (reporters) {
    const names = [...withoutDate.replace(/\S{2,6}报道$/, '').matchAll(new RegExp(`(?:记者|通讯员|通讯)\\s*[:：]?\\s*(${NAMES})`, 'gu'))]
      .flatMap((m) => m[1]!.split(/[\s、，,]+/))
      .filter(isPersonName);
    if (names.length) return { author: names.join('、'), ...(dates.length === 1 ? { date: dates[0]! } : {}) };
  }
  const supplied = /^[（(【[]\s*(.{2,30}?)\s*供稿\s*[)）】\]]$|^(.{2,30}?)\s*供稿$/.exec(t);
  if (supplied) return { source: (supplied[1] ?? supplied[2])!.trim() };
  // A unit and its writer, with or without the date: "河口镇关工委　王建国".
  const unitByline = UNIT_BYLINE.exec(withoutDate);
  if (unitByline && dates.length <= 1) {
    const names = namesOnly(unitByline[2]!);
    if (names) return { author: names, ...(dates[0] ? { date: dates[0] } : {}) };
  }
  // Names alone under a headline: "元明 卢刚", "（李婷）".
  const bare = /^[（(]\s*([\p{Script=Han}·]{2,4})\s*[)）]$/u.exec(t)?.[1] ?? (t.split(/\s+/).length >= 2 ? t : null);
  if (bare && namesOnly(bare) && [...bare.replace(/\s/g, '')].length <= 12) return { author: namesOnly(bare)! };
  if (dates.length === 1 && notSentence(t, 80) && !/，/.test(t)) {
    const rest = t
      .replace(dates[0]!.text, '')
      .replace(/^(原创|转载)\s*/, '')
      .replace(/发表于\S{0,6}$/, '')
      .trim();
    // A date alone, or with a short byline beside it (WeChat's header: "原创 李婷 溪南关工 2025年07月15日").
    if (rest.length <= 30) {
      const meta: MetaLine = { date: dates[0]! };
      const marked = new RegExp(`(?:通讯员|记者|作者|撰稿)\\s*[:：]?\\s*(${NAMES})`, 'u').exec(rest);
      const words = rest.split(/\s+/).filter(Boolean);
      if (marked && namesOnly(marked[1]!)) meta.author = namesOnly(marked[1]!)!;
      else if (/^(原创|转载)/.test(t) && words.length >= 2 && isPersonName(words[0]!)) meta.author = words[0]!;
      // "2023-12-13许湘山": a date and a three-character name.
      else if (words.length === 1 && /^[\p{Script=Han}]{3}$/u.test(words[0]!) && isPersonName(words[0]!)) meta.author = words[0]!;
      return meta;
    }
  }
  return null;
}

export interface TitleResult {
  title: string | null;
  blocks: Block[];
}

function titleLike(text: string): boolean {
  const t = text.trim();
  return (
    [...t].length >= 4 &&
    [...t].length <= 60 &&
    !/[。；，：:、]$/.test(t) &&
    (t.match(/[。！？]/g)?.length ?? 0) === 0 &&
    readMetaLine(t) === null
  );
}

/**
 * The title: the page's heading when the page had one outside the article, else the first heading or the
 * first short line of the text. The line taken as title leaves the body.
 */
export function findTitle(blocks: Block[], candidates: string[] = []): TitleResult {
  const normalise = (s: string) => s.replace(/[\s\u3000]+/g, '');
  const known = candidates.map(normalise).filter(Boolean);
  const firstText = blocks.findIndex((b) => b.kind !== 'image' && blockText(b).trim());
  const first = blocks[firstText];
  if (known.length) {
    // Drop a repetition of the title at the top of the article.
    const rest = first && known.includes(normalise(blockText(first))) ? blocks.filter((_, i) => i !== firstText) : blocks;
    return { title: candidates.find((c) => normalise(c))!.trim(), blocks: rest };
  }
  const headingIndex = blocks.slice(0, 4).findIndex((b) => b.kind === 'heading' && titleLike(b.text));
  if (headingIndex >= 0) {
    return { title: (blocks[headingIndex] as { text: string }).text.trim(), blocks: blocks.filter((_, i) => i !== headingIndex) };
  }
  if (first && (first.kind === 'para' || first.kind === 'heading') && titleLike(first.text)) {
    return { title: first.text.trim(), blocks: blocks.filter((_, i) => i !== firstText) };
  }
  return { title: null, blocks };
}

/** "（通讯员 邱德帅 刘勇）" inside the opening sentence of a news report: its writers. The text stays. */
export function inlineByline(text: string): string | null {
  const m = new RegExp(`[（(]\\s*(?:通讯员|通訊員|记者|記者|作者)\\s*[:：]?\\s*(${NAMES})\\s*[)）]`, 'u').exec(text.slice(0, 120));
  if (!m) return null;
  const names = m[1]!.split(/[\s、，,]+/).filter(Boolean);
  return names.length && names.every((n) => /^[\p{Script=Han}·]{2,4}$/u.test(n) && !UNIT_END.test(n)) ? names.join('、') : null;
}

export interface MetaResult {
  date: FoundDate | null;
  dateFrom: 'label' | 'line' | 'signature' | 'hint' | 'file' | 'body' | null;
  author: string | null;
  source: string | null;
  blocks: Block[];
  dropped: Dropped[];
}

/**
 * Page-information lines near the top (the first six blocks) and the bottom (the last four) are read and
 * removed; then hints from the page head and the file name; then the first full date in the text.
 */
export function findMeta(
  blocks: Block[],
  hints: {
    date?: string | undefined;
    source?: string | undefined;
    author?: string | undefined;
    around?: string[];
    fileDate?: string | null;
  } = {},
): MetaResult {
  const result: MetaResult = { date: null, dateFrom: null, author: null, source: null, blocks: [], dropped: [] };
  const take = (meta: MetaLine, from: MetaResult['dateFrom']) => {
    if (meta.date) {
      const better =
        !result.date ||
        (meta.dateLabelled && result.dateFrom !== 'label') ||
        (result.date.precision === 'month' && meta.date.precision === 'day');
      if (better) {
        result.date = meta.date;
        result.dateFrom = meta.dateLabelled ? 'label' : from;
      }
    }
    if (meta.source) result.source ??= meta.source;
    if (meta.author) result.author ??= meta.author;
  };
  for (const line of hints.around ?? []) {
    const meta = readMetaLine(line);
    if (meta) take(meta, 'line');
  }
  const isEdge = (i: number) => i < 6 || i >= blocks.length - 4;
  blocks.forEach((block, i) => {
    if (block.kind === 'para' && isEdge(i)) {
      // A three-character name alone on a line under the headline or at the very end is the writer's byline.
      const lone =
        (i < 3 || i === blocks.length - 1) && /^[\p{Script=Han}]{3}$/u.test(block.text.trim()) && isPersonName(block.text.trim());
      const meta = lone ? { author: block.text.trim() } : readMetaLine(block.text);
      if (meta) {
        take(meta, i >= blocks.length - 4 && i >= 6 ? 'signature' : 'line');
        result.dropped.push({ text: block.text, reason: 'page-meta' });
        return;
      }
    }
    result.blocks.push(block);
  });
  if (!result.date && hints.date) {
    const date = findDates(hints.date)[0] ?? (/^\d{9,10}$/.test(hints.date) ? dateFromTimestamp(Number(hints.date)) : undefined);
    if (date) {
      result.date = date;
      result.dateFrom = 'hint';
    }
  }
  result.source ??= hints.source?.trim() || null;
  result.author ??= hints.author?.trim() || null;
  if (!result.author) {
    const opening = result.blocks
      .slice(0, 2)
      .map((b) => (b.kind === 'para' ? inlineByline(b.text) : null))
      .find(Boolean);
    if (opening) result.author = opening;
  }
  if ((!result.date || result.date.precision === 'month') && hints.fileDate) {
    result.date = { date: hints.fileDate, precision: 'day', text: hints.fileDate, index: 0 };
    result.dateFrom = 'file';
  }
  if (!result.date || result.date.precision === 'month') {
    const inBody = result.blocks.flatMap((b) => findDates(blockText(b)));
    const day = inBody.find((d) => d.precision === 'day');
    const found = day ?? (result.date ? undefined : inBody[0]);
    if (found) {
      result.date = found;
      result.dateFrom = 'body';
    }
  }
  return result;
}

/** WeChat's `ct` publish time (seconds since 1970) as a date in China. */
function dateFromTimestamp(seconds: number): FoundDate {
  const d = new Date((seconds + 8 * 3600) * 1000);
  const date = d.toISOString().slice(0, 10);
  return { date, precision: 'day', text: date, index: 0 };
}

export interface PlaceGuess {
  township: Township | null;
  village: Village | null;
  /** Other townships the text names, when more than one is named. */
  others: Township[];
}

function count(text: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * The township a submission comes from: the one its title names, else the one its text names most.
 * Full names count (东塘镇, 桂花街道), and so do short names with 关工委 (东塘关工委) and village names that
 * belong to one township only.
 */
export function guessPlace(title: string, body: string, places: PlaceRegistry): PlaceGuess {
  const villageOwners = new Map<string, Township[]>();
  for (const t of places.townships) for (const v of t.villages) villageOwners.set(v.name, [...(villageOwners.get(v.name) ?? []), t]);
  const scores = places.townships.map((t) => {
    const short = t.name.replace(/(镇|乡|街道|农场|场)$/, '');
    const names = [t.name, ...(short.length >= 2 ? [`${short}关工委`] : [])];
    let score = 0;
    for (const name of names) score += 10 * count(title, name) + count(body, name);
    for (const v of t.villages) {
      if (villageOwners.get(v.name)!.length > 1) continue;
      score += 5 * count(title, v.name) + count(body, v.name);
    }
    const all = title + body;
    const first = Math.min(Infinity, ...names.map((n) => all.indexOf(n)).filter((i) => i >= 0));
    return { township: t, score, first };
  });
  const named = scores.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.first - b.first);
  const township = named[0]?.township ?? null;
  const village = township?.villages.find((v) => title.includes(v.name)) ?? null;
  return { township, village, others: named.slice(1).map((s) => s.township) };
}
