// What a picture is about: the scene chosen from an entry's words, the banner and blackboard texts, the season
// and its palette.
import { Rng } from './rng';
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type SceneKind = 'outdoor' | 'water' | 'meeting' | 'classroom' | 'visit' | 'memorial';
export type ImageRole = 'scene' | 'portrait';

export interface ImageContext {
  role: ImageRole;
  /** Entry title (news, story) or person's name. */
  title: string;
  /** The title as written, for the banner. */
  bannerTitle: string;
  /** Text that describes this very image: coverAlt, caption, alt, portraitAlt. */
  imageText: string[];
  topics: string[];
  month: number | null;
  gender: '男' | '女' | null;
  category: string | null;
  /** Markdown files referring to the image (for messages). */
  sources: string[];
}

export const SCENE_NAMES: Record<SceneKind, string> = {
  outdoor: '户外活动',
  water: '防溺水/水边',
  meeting: '会议',
  classroom: '课堂',
  visit: '走访慰问',
  memorial: '红色教育',
};

export const SCENE_KEYWORDS: Record<SceneKind, Array<[RegExp, number]>> = {
  outdoor: [
    [
      /合影|合照|门口|校门|操场|广场|街头|户外|空地|田间|田里|果园|菜园|采摘|树下|植树|种植|劳动|秋收|运动会|游园|开营|结营|结业|研学|马路|公路|路口|路段|山路|桥头|护学|护送/g,
      3,
    ],
  ],
  water: [
    [/防溺水|溺水|游泳|落水|水域|水库|戏水|野泳|巡河|巡湖|河边|湖边|塘边|岸边/g, 5],
    [/河|湖|塘|江|溪|水/g, 1],
  ],
  meeting: [
    [
      /推进会|座谈会|座谈|会议|开会|会场|部署会|部署|工作会|总结会|表彰会|表彰|大会|年会|培训会|例会|调度会|动员会|研讨|交流会|观摩会|汇报会|述职|评委/g,
      4,
    ],
  ],
  classroom: [
    [
      /讲座|课堂|讲课|授课|上课|宣讲|讲故事|讲述|讲解|试讲|辅导|教室|黑板|讲台|培训班|作业|书法|读书|阅读|讲堂|活动室|故事角|围坐|写春联/g,
      3,
    ],
    [/家长学校|四点钟学校|假日学校|暑期班|辅导站|课/g, 1],
  ],
  visit: [
    [
      /走访|慰问|家访|看望|探望|入户|结对|帮扶|送温暖|资助|助学|困境儿童|送去|送来|家中|家里|木屋|农家|小院|院子|床边|奶奶|爷爷|冬衣|棉衣/g,
      3,
    ],
  ],
  memorial: [
    [/烈士|纪念碑|纪念馆|清明|祭扫|缅怀|革命|陵园|英烈|红军/g, 4],
    [/红色|传承/g, 2],
  ],
};

/** Place names taken out before matching, longest first (see scan.ts placeNames): 东塘镇 must not make a pond scene. */
export function stripPlaces(text: string, placeNames: readonly string[]): string {
  let out = text;
  for (const name of placeNames) out = out.split(name).join('·');
  return out.replace(/[\u4e00-\u9fff]{2}(?:镇|乡|村|县)/g, '·');
}

export function chooseScene(ctx: ImageContext, placeNames: readonly string[] = []): { kind: SceneKind; scores: Record<string, number> } {
  const weighted: Array<[string, number]> = [
    ...ctx.imageText.map((t): [string, number] => [t, 2]),
    [ctx.title, 1],
    [ctx.topics.join(' '), 0.5],
  ];
  const scores: Record<string, number> = {};
  let best: SceneKind = 'outdoor';
  let bestScore = 0;
  for (const [kind, rules] of Object.entries(SCENE_KEYWORDS) as Array<[SceneKind, Array<[RegExp, number]>]>) {
    let score = 0;
    for (const [text, w] of weighted) {
      const clean = stripPlaces(text, placeNames);
      for (const [re, ruleWeight] of rules) score += (clean.match(re)?.length ?? 0) * ruleWeight * w;
    }
    scores[kind] = score;
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return { kind: best, scores };
}

export function allText(ctx: ImageContext): string {
  return [ctx.title, ...ctx.imageText, ...ctx.topics].join(' ');
}

/**
 * The text on the red banner: the title without punctuation, at most 18 characters.
 * Long titles lose the verb (召开、举行…) and 关工委 first, as real banners do.
 */
export function bannerText(title: string): string {
  const count = (s: string) => s.replace(/\s/g, '').length;
  const tidy = (s: string) =>
    s
      .replace(/[“”‘’"'《》「」『』【】()（）〈〉[\]]/g, '')
      .split(/[\s，。、！？!?,.:：；;—…·~～|/\\-]+/)
      .filter(Boolean)
      .join(' ');
  let text = tidy(title.replace(/关心下一代工作委员会/g, '关工委'));
  const simplifications: Array<(s: string) => string> = [
    (s) => s.replace(/隆重|组织开展|召开|举行|举办|开展/g, ''),
    (s) => s.replace(/关工委/g, ''),
    (s) => s.replace(/^[\u4e00-\u9fff]{1,4}(?:县|镇|乡|街道)(?=[\u4e00-\u9fff]{6})/, ''),
  ];
  for (const simplify of simplifications) {
    if (count(text) <= 18) break;
    text = tidy(simplify(text));
  }
  if (count(text) > 18) {
    const parts = text.split(' ');
    let kept = '';
    for (const part of parts) {
      if (count(kept + part) > 18) break;
      kept = kept ? `${kept} ${part}` : part;
    }
    text = kept || [...text.replace(/\s/g, '')].slice(0, 18).join('');
  }
  return text || '关心下一代 共筑成长路';
}

/** A chalk phrase for the blackboard, from the topic. */
export function blackboardPhrase(ctx: ImageContext): string {
  const t = allText(ctx);
  const table: Array<[RegExp, string]> = [
    [/溺水|游泳/, '珍爱生命 预防溺水'],
    [/交通/, '交通安全 牢记心中'],
    [/安全/, '安全知识进课堂'],
    [/禁毒/, '珍爱生命 远离毒品'],
    [/法/, '学法 懂法 守法'],
    [/红色|党史|革命|长征|英雄/, '红色故事代代传'],
    [/家风|家训/, '传承好家风'],
    [/书法/, '书法 · 横竖撇捺'],
    [/阅读|读书|书/, '快乐阅读'],
    [/心理/, '阳光心理 健康成长'],
    [/科学|科普|科技/, '爱科学 学科学'],
    [/作业|辅导/, '今日作业'],
  ];
  for (const [re, phrase] of table) if (re.test(t)) return phrase;
  return '健康快乐成长';
}

export function seasonOf(month: number | null, rng: Rng): Season {
  if (month === null) return rng.pick(['spring', 'summer', 'autumn'] as const);
  if (month >= 3 && month <= 5) return 'spring';
  if (month >= 6 && month <= 8) return 'summer';
  if (month >= 9 && month <= 11) return 'autumn';
  return 'winter';
}

export interface Palette {
  season: Season;
  skyTop: string;
  skyBottom: string;
  hillFar: string;
  hillNear: string;
  grass: string;
  grassDark: string;
  trees: string[];
  trunk: string;
  blossom: string | null;
  snow: boolean;
  sun: string;
}

export const PALETTES: Record<Season, Palette> = {
  spring: {
    season: 'spring',
    skyTop: '#7fbde8',
    skyBottom: '#e4f3fb',
    hillFar: '#b7d7b0',
    hillNear: '#8fc37e',
    grass: '#9fcf6e',
    grassDark: '#7fb458',
    trees: ['#6db552', '#5aa845', '#7cc060'],
    trunk: '#7a5637',
    blossom: '#f6b3c8',
    snow: false,
    sun: '#fff6c9',
  },
  summer: {
    season: 'summer',
    skyTop: '#3f97e0',
    skyBottom: '#cde9fb',
    hillFar: '#86b98c',
    hillNear: '#4f9a5b',
    grass: '#6cb24e',
    grassDark: '#4e973b',
    trees: ['#2f8a3e', '#3d9a45', '#26763a'],
    trunk: '#6b4a2e',
    blossom: null,
    snow: false,
    sun: '#fff2a8',
  },
  autumn: {
    season: 'autumn',
    skyTop: '#6eaee0',
    skyBottom: '#f7e2bd',
    hillFar: '#c9b07a',
    hillNear: '#b08a4c',
    grass: '#c2b66a',
    grassDark: '#a39650',
    trees: ['#e0902f', '#d2691e', '#e8b53a', '#c9842b', '#7a9a3a'],
    trunk: '#6b4a2e',
    blossom: null,
    snow: false,
    sun: '#ffe3a3',
  },
  winter: {
    season: 'winter',
    skyTop: '#9fb6cc',
    skyBottom: '#eef2f6',
    hillFar: '#c3ced6',
    hillNear: '#a7b5ad',
    grass: '#e6ecee',
    grassDark: '#cdd6d8',
    trees: ['#3f6b5a', '#4d7a63', '#36604f'],
    trunk: '#5d4634',
    blossom: null,
    snow: true,
    sun: '#fbf6e8',
  },
};
