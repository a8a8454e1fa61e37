// Demo images for the demo content: every image that a Markdown entry under content/ refers to
// (news/story `cover`, story `gallery[].image`, people `portrait`) but that does not exist yet is
// drawn as a flat-design illustration of the scene (SVG → sharp → JPEG).
//
//   npm run demo:images                        # scan ./content
//   npx tsx scripts/demo-images.ts --root DIR  # scan DIR/content
//
// Never overwrites: an existing file is left alone (written as temp file + hard link, so a file
// that appears meanwhile is not clobbered either). Deterministic: the drawing is seeded from the
// image's path inside content/, so the same entry always gets the same picture.
// Scenes: news covers and gallery images 1600×1200, portraits 1200×1500, like phone photos
// resized for the web. Exit code 1 if any entry or image failed, 2 on bad arguments.
import { existsSync, readFileSync } from 'node:fs';
import { link, mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp, { type Sharp } from 'sharp';
import { parse as parseYaml } from 'yaml';
import { contentPath } from '../src/lib/content/files';

// ───────────────────────────── arguments ─────────────────────────────

const USAGE = 'usage: tsx scripts/demo-images.ts [--root <dir>]   (dir contains content/; default: current directory)';

function parseArgs(argv: string[]): { root: string } {
  let root = process.cwd();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--root') {
      const value = argv[++i];
      if (!value) usageError('--root needs a directory');
      root = value;
    } else if (arg.startsWith('--root=')) {
      root = arg.slice('--root='.length);
    } else {
      usageError(`unknown argument ${arg}`);
    }
  }
  return { root: path.resolve(root) };
}

function usageError(message: string): never {
  console.error(`demo-images: ${message}\n${USAGE}`);
  process.exit(2);
}

// ───────────────────────────── random, colour, svg helpers ─────────────────────────────

/** cyrb53-style string hash → 32-bit seed. */
function hashSeed(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** mulberry32: small, fast, good enough for drawing. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  int(min: number, max: number): number {
    return Math.floor(this.range(min, max + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

function rgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = rgb(a);
  const [r2, g2, b2] = rgb(b);
  const c = (x: number, y: number) =>
    Math.round(x + (y - x) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${c(r1, r2)}${c(g1, g2)}${c(b1, b2)}`;
}
const shade = (c: string, t: number) => mix(c, '#000000', t);
const tint = (c: string, t: number) => mix(c, '#ffffff', t);

/** Round for compact SVG. */
const n = (x: number) => (Math.round(x * 10) / 10).toString();

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const FONT = `'Noto Sans CJK SC', 'Noto Sans SC', sans-serif`;

/** Approximate advance width of a string in em (CJK = 1, Latin ≈ 0.55, space = 0.35). */
function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += ch === ' ' ? 0.35 : /[\u0000-\u00ff]/.test(ch) ? 0.58 : 1;
  return em;
}

function label(
  text: string,
  x: number,
  y: number,
  size: number,
  fill: string,
  opts: { weight?: number; anchor?: 'start' | 'middle' | 'end'; spacing?: number; extra?: string } = {},
): string {
  const { weight = 700, anchor = 'middle', spacing = 0, extra = '' } = opts;
  // y is the visual centre of the CJK glyphs.
  return `<text x="${n(x)}" y="${n(y + size * 0.36)}" font-family="${FONT}" font-weight="${weight}" font-size="${n(size)}" fill="${fill}" text-anchor="${anchor}"${spacing ? ` letter-spacing="${n(spacing)}"` : ''} ${extra}>${esc(text)}</text>`;
}

/** Text that fits a box: the font size shrinks for long strings. */
function fittedLabel(
  text: string,
  cx: number,
  cy: number,
  maxWidth: number,
  maxSize: number,
  fill: string,
  weight = 700,
): string {
  const size = Math.min(maxSize, maxWidth / Math.max(1, textEm(text)));
  return label(text, cx, cy, size, fill, { weight });
}

function star(cx: number, cy: number, r: number, rot = -Math.PI / 2): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 === 0 ? r : r * 0.382;
    const a = rot + (i * Math.PI) / 5;
    pts.push(`${n(cx + rr * Math.cos(a))},${n(cy + rr * Math.sin(a))}`);
  }
  return pts.join(' ');
}

// ───────────────────────────── what the picture is about ─────────────────────────────

type Season = 'spring' | 'summer' | 'autumn' | 'winter';
type SceneKind = 'outdoor' | 'water' | 'meeting' | 'classroom' | 'visit' | 'memorial';
type ImageRole = 'scene' | 'portrait';

interface ImageContext {
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

const SCENE_NAMES: Record<SceneKind, string> = {
  outdoor: '户外活动',
  water: '防溺水/水边',
  meeting: '会议',
  classroom: '课堂',
  visit: '走访慰问',
  memorial: '红色教育',
};

const SCENE_KEYWORDS: Record<SceneKind, Array<[RegExp, number]>> = {
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

/** Keyword matching works on simplified characters (some entries are written in traditional ones). */
let toSimplified: (text: string) => string = (text) => text;
async function loadSimplifier(): Promise<void> {
  try {
    const OpenCC = await import('opencc-js/t2cn');
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    toSimplified = (text) => convert(text);
  } catch {
    /* opencc-js missing: match as written */
  }
}

/** Township, village and county names: 东塘镇 must not make a pond scene. */
let placeNames: string[] = [];

function stripPlaces(text: string): string {
  let out = text;
  for (const name of placeNames) out = out.split(name).join('·');
  return out.replace(/[\u4e00-\u9fff]{2}(?:镇|乡|村|县)/g, '·');
}

function chooseScene(ctx: ImageContext): { kind: SceneKind; scores: Record<string, number> } {
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
      const clean = stripPlaces(text);
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

function allText(ctx: ImageContext): string {
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
      .replace(/[“”‘’"'《》「」『』【】()（）〈〉\[\]]/g, '')
      .split(/[\s，。、！？!?,.:：；;—…·~～|/\\\-]+/)
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
function blackboardPhrase(ctx: ImageContext): string {
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

function seasonOf(month: number | null, rng: Rng): Season {
  if (month === null) return rng.pick(['spring', 'summer', 'autumn'] as const);
  if (month >= 3 && month <= 5) return 'spring';
  if (month >= 6 && month <= 8) return 'summer';
  if (month >= 9 && month <= 11) return 'autumn';
  return 'winter';
}

interface Palette {
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

const PALETTES: Record<Season, Palette> = {
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

// ───────────────────────────── people ─────────────────────────────

interface Figure {
  kind: 'elder' | 'child' | 'adult';
  gender: 'm' | 'f';
  skin: string;
  hair: string;
  hairStyle: number;
  coat: string;
  trousers: string;
  shirt: string;
  glasses: boolean;
  scarf: boolean;
  skirt: boolean;
  vest: string | null;
  raise: 'none' | 'left' | 'right';
  back: boolean;
}

const SKINS = ['#f3cfae', '#eec19a', '#e6b48c', '#dca57d'];
const GREY_HAIR = ['#d9d9d9', '#c7c7c7', '#efefef', '#b0b0b0', '#bdb8b0', '#e4e1dc'];
const COATS_M = ['#3d5a80', '#6b4f3a', '#4a6d5c', '#5d5d6e', '#7a6a4f', '#2f4858', '#8c5a3c', '#44546a', '#6e7b8b'];
const COATS_F = ['#b5485d', '#7b4b94', '#c96f53', '#3f7f8c', '#8e5572', '#d08c60', '#5b7db1', '#a0522d'];
const TROUSERS = ['#3b3f4a', '#2f3440', '#4a4a52', '#5a5048', '#37474f'];

function makeElder(rng: Rng, season: Season, gender?: 'm' | 'f'): Figure {
  const g = gender ?? (rng.chance(0.5) ? 'm' : 'f');
  const winter = season === 'winter';
  return {
    kind: 'elder',
    gender: g,
    skin: rng.pick(SKINS),
    hair: rng.pick(GREY_HAIR),
    hairStyle: rng.int(0, 2),
    coat: winter ? shade(rng.pick(g === 'm' ? COATS_M : COATS_F), 0.15) : rng.pick(g === 'm' ? COATS_M : COATS_F),
    trousers: rng.pick(TROUSERS),
    shirt: rng.pick(['#ffffff', '#eef3f8', '#f4efe6']),
    glasses: rng.chance(0.4),
    scarf: false,
    skirt: false,
    vest: rng.chance(0.25) ? '#d62b2b' : null,
    raise: 'none',
    back: false,
  };
}

function makeChild(rng: Rng, season: Season): Figure {
  const g = rng.chance(0.5) ? 'm' : 'f';
  const uniform = rng.chance(0.5);
  const winter = season === 'winter';
  const coat = winter
    ? rng.pick(['#e94f37', '#3b8ea5', '#f2a541', '#5c6bc0', '#ec407a'])
    : uniform
      ? rng.pick(['#2f6fb5', '#ffffff'])
      : rng.pick(['#ffffff', '#fdf7e8', '#f7f7f7', '#8ecae6', '#ffd166']);
  return {
    kind: 'child',
    gender: g,
    skin: rng.pick(SKINS),
    hair: rng.pick(['#1f1a17', '#2b211c', '#241c18']),
    hairStyle: rng.int(0, 1),
    coat,
    trousers: rng.pick(['#24408e', '#1f3b73', '#2c3e50', '#34495e']),
    shirt: '#ffffff',
    glasses: rng.chance(0.1),
    scarf: !winter || rng.chance(0.7),
    skirt: g === 'f' && !winter && rng.chance(0.5),
    vest: null,
    raise: 'none',
    back: false,
  };
}

function makeAdult(rng: Rng): Figure {
  const g = rng.chance(0.5) ? 'm' : 'f';
  return {
    kind: 'adult',
    gender: g,
    skin: rng.pick(SKINS),
    hair: rng.pick(['#1f1a17', '#2b211c', '#3a2a20']),
    hairStyle: rng.int(0, 2),
    coat: rng.pick(g === 'm' ? COATS_M : COATS_F),
    trousers: rng.pick(TROUSERS),
    shirt: '#ffffff',
    glasses: rng.chance(0.3),
    scarf: false,
    skirt: false,
    vest: rng.chance(0.35) ? '#d62b2b' : null,
    raise: 'none',
    back: false,
  };
}

interface BodyShape {
  headR: number;
  neckH: number;
  torsoH: number;
  legH: number;
  shoulderW: number;
  hipW: number;
  armW: number;
}
const ADULT_BODY: BodyShape = { headR: 30, neckH: 10, torsoH: 112, legH: 128, shoulderW: 50, hipW: 44, armW: 11 };
const CHILD_BODY: BodyShape = { headR: 27, neckH: 6, torsoH: 64, legH: 72, shoulderW: 31, hipW: 28, armW: 8 };

/** Height of a standing figure at scale 1. */
function figureHeight(f: Figure): number {
  const b = f.kind === 'child' ? CHILD_BODY : ADULT_BODY;
  return b.legH + b.torsoH + b.neckH + b.headR * 1.9;
}

/** A standing figure, feet at (x, y), front view (or seen from behind when f.back). */
function drawFigure(
  f: Figure,
  x: number,
  y: number,
  s: number,
  opts: { shadow?: boolean; seated?: boolean } = {},
): string {
  const b = f.kind === 'child' ? CHILD_BODY : ADULT_BODY;
  const hip = -b.legH;
  const sh = hip - b.torsoH;
  const neckTop = sh - b.neckH;
  const r = b.headR;
  const hcy = neckTop - r * 0.8;
  const k = r / 30;
  const p: string[] = [];
  const coatDark = shade(f.coat, 0.14);
  const hairDark = shade(f.hair, 0.12);
  if (opts.shadow !== false)
    p.push(`<ellipse cx="0" cy="-2" rx="${n(b.shoulderW * 1.25)}" ry="${n(9 * k)}" fill="#000" opacity=".16"/>`);

  // legs, shoes
  if (opts.seated) {
    // legs hidden under the desk / behind the chair
  } else if (f.skirt) {
    p.push(
      `<rect x="${n(-b.hipW * 0.55)}" y="${n(hip)}" width="${n(b.hipW * 0.38)}" height="${n(b.legH - 4)}" rx="4" fill="${f.skin}"/>`,
    );
    p.push(
      `<rect x="${n(b.hipW * 0.17)}" y="${n(hip)}" width="${n(b.hipW * 0.38)}" height="${n(b.legH - 4)}" rx="4" fill="${f.skin}"/>`,
    );
    p.push(
      `<rect x="${n(-b.hipW * 0.58)}" y="${n(-b.legH * 0.3)}" width="${n(b.hipW * 1.16)}" height="${n(b.legH * 0.26)}" fill="#fff" opacity=".95"/>`,
    );
    p.push(
      `<rect x="${n(-b.hipW * 0.12)}" y="${n(-b.legH * 0.3)}" width="${n(b.hipW * 0.24)}" height="${n(b.legH * 0.26)}" fill="${f.skin}"/>`,
    );
    p.push(
      `<path d="M${n(-b.hipW)} ${n(hip - 6)} L${n(b.hipW)} ${n(hip - 6)} L${n(b.hipW * 1.25)} ${n(hip + b.legH * 0.42)} L${n(-b.hipW * 1.25)} ${n(hip + b.legH * 0.42)} Z" fill="${f.trousers}"/>`,
    );
  } else {
    const lw = b.hipW - 3;
    p.push(
      `<rect x="${n(-lw)}" y="${n(hip - 4)}" width="${n(lw - 2)}" height="${n(b.legH)}" rx="${n(5 * k)}" fill="${f.trousers}"/>`,
    );
    p.push(
      `<rect x="2" y="${n(hip - 4)}" width="${n(lw - 2)}" height="${n(b.legH)}" rx="${n(5 * k)}" fill="${shade(f.trousers, 0.08)}"/>`,
    );
  }
  if (!opts.seated) {
    const shoe = f.kind === 'child' ? '#2b2b2b' : '#1f1f1f';
    p.push(`<ellipse cx="${n(-b.hipW * 0.5)}" cy="-4" rx="${n(b.hipW * 0.55)}" ry="${n(7 * k)}" fill="${shoe}"/>`);
    p.push(`<ellipse cx="${n(b.hipW * 0.5)}" cy="-4" rx="${n(b.hipW * 0.55)}" ry="${n(7 * k)}" fill="${shoe}"/>`);
  }

  // arms (drawn under the torso edge)
  const arm = (side: -1 | 1) => {
    const raised = (side === -1 && f.raise === 'left') || (side === 1 && f.raise === 'right');
    const x0 = side * (b.shoulderW - b.armW * 0.9);
    const y0 = sh + b.armW * 1.2;
    const [x1, y1] = raised
      ? [side * (b.shoulderW + b.torsoH * 0.35), sh - b.torsoH * 0.55]
      : [side * (b.shoulderW + b.armW * 0.2), hip + b.armW * 0.6];
    const sleeve = f.vest ? f.coat : coatDark;
    p.push(
      `<line x1="${n(x0)}" y1="${n(y0)}" x2="${n(x1)}" y2="${n(y1)}" stroke="${sleeve}" stroke-width="${n(b.armW * 2)}" stroke-linecap="round"/>`,
    );
    p.push(
      `<circle cx="${n(x1)}" cy="${n(y1 + (raised ? -b.armW * 0.6 : b.armW * 0.6))}" r="${n(b.armW * 0.95)}" fill="${f.skin}"/>`,
    );
  };
  arm(-1);
  arm(1);

  // torso
  const sw = b.shoulderW;
  const hw = b.hipW;
  p.push(
    `<path d="M${n(-sw + 8 * k)} ${n(sh)} L${n(sw - 8 * k)} ${n(sh)} Q${n(sw)} ${n(sh)} ${n(sw)} ${n(sh + 12 * k)} L${n(hw)} ${n(hip + 2)} L${n(-hw)} ${n(hip + 2)} L${n(-sw)} ${n(sh + 12 * k)} Q${n(-sw)} ${n(sh)} ${n(-sw + 8 * k)} ${n(sh)} Z" fill="${f.coat}"/>`,
  );
  if (f.coat === '#ffffff' || f.coat === '#f7f7f7' || f.coat === '#fdf7e8') {
    // a white shirt needs an outline to read against a light background
    p.push(
      `<path d="M${n(-sw)} ${n(sh + 12 * k)} L${n(-hw)} ${n(hip + 2)} M${n(sw)} ${n(sh + 12 * k)} L${n(hw)} ${n(hip + 2)}" stroke="#d5d5d5" stroke-width="${n(2 * k)}"/>`,
    );
  }
  if (f.vest) {
    p.push(
      `<path d="M${n(-sw + 10 * k)} ${n(sh + 2)} L${n(-9 * k)} ${n(sh + 2)} L${n(-4 * k)} ${n(hip + 2)} L${n(-hw + 4)} ${n(hip + 2)} L${n(-sw + 6 * k)} ${n(sh + 16 * k)} Z M${n(sw - 10 * k)} ${n(sh + 2)} L${n(9 * k)} ${n(sh + 2)} L${n(4 * k)} ${n(hip + 2)} L${n(hw - 4)} ${n(hip + 2)} L${n(sw - 6 * k)} ${n(sh + 16 * k)} Z" fill="${f.vest}"/>`,
    );
  }
  if (!f.back) {
    if (f.kind !== 'child') {
      p.push(`<path d="M${n(-13 * k)} ${n(sh)} L0 ${n(sh + 24 * k)} L${n(13 * k)} ${n(sh)} Z" fill="${f.shirt}"/>`);
      if (!f.vest)
        p.push(
          `<line x1="0" y1="${n(sh + 26 * k)}" x2="0" y2="${n(hip)}" stroke="${coatDark}" stroke-width="${n(2.2 * k)}"/>`,
        );
    }
  }
  // neck + red scarf
  p.push(
    `<rect x="${n(-9 * k)}" y="${n(neckTop - 4)}" width="${n(18 * k)}" height="${n(b.neckH + 8)}" fill="${shade(f.skin, 0.08)}"/>`,
  );
  if (f.scarf) {
    const red = '#e3262f';
    if (f.back) {
      p.push(
        `<path d="M${n(-sw * 0.62)} ${n(sh + 1)} L${n(sw * 0.62)} ${n(sh + 1)} L0 ${n(sh + b.torsoH * 0.5)} Z" fill="${red}"/>`,
      );
    } else {
      p.push(
        `<path d="M${n(-15 * k)} ${n(sh + 1)} Q0 ${n(sh + 12 * k)} ${n(15 * k)} ${n(sh + 1)}" stroke="${red}" stroke-width="${n(6 * k)}" fill="none"/>`,
      );
      p.push(
        `<path d="M${n(-2 * k)} ${n(sh + 9 * k)} L${n(-13 * k)} ${n(sh + 36 * k)} L${n(-3 * k)} ${n(sh + 38 * k)} Z M${n(2 * k)} ${n(sh + 9 * k)} L${n(12 * k)} ${n(sh + 34 * k)} L${n(3 * k)} ${n(sh + 37 * k)} Z" fill="${red}"/>`,
      );
      p.push(`<circle cx="0" cy="${n(sh + 9 * k)}" r="${n(5 * k)}" fill="#c81d25"/>`);
    }
  }

  // head
  const hairBack: string[] = [];
  const hairFront: string[] = [];
  const top = hcy - r;
  if (f.kind === 'child') {
    if (f.gender === 'f') {
      hairBack.push(
        `<path d="M${n(-r * 1.08)} ${n(hcy + r * 0.55)} Q${n(-r * 1.2)} ${n(top - r * 0.1)} 0 ${n(top - r * 0.12)} Q${n(r * 1.2)} ${n(top - r * 0.1)} ${n(r * 1.08)} ${n(hcy + r * 0.55)} Z" fill="${f.hair}"/>`,
      );
      if (f.hairStyle === 1) {
        hairBack.push(
          `<circle cx="${n(-r * 1.15)}" cy="${n(hcy - r * 0.2)}" r="${n(r * 0.38)}" fill="${f.hair}"/><circle cx="${n(r * 1.15)}" cy="${n(hcy - r * 0.2)}" r="${n(r * 0.38)}" fill="${f.hair}"/>`,
        );
        hairFront.push(
          `<circle cx="${n(-r * 0.9)}" cy="${n(hcy - r * 0.45)}" r="${n(r * 0.16)}" fill="#ef476f"/><circle cx="${n(r * 0.9)}" cy="${n(hcy - r * 0.45)}" r="${n(r * 0.16)}" fill="#ef476f"/>`,
        );
      }
      if (!f.back)
        hairFront.push(
          `<path d="M${n(-r)} ${n(hcy - r * 0.05)} Q${n(-r)} ${n(top - r * 0.12)} 0 ${n(top - r * 0.12)} Q${n(r)} ${n(top - r * 0.12)} ${n(r)} ${n(hcy - r * 0.05)} Q${n(r * 0.2)} ${n(hcy - r * 0.55)} ${n(-r)} ${n(hcy - r * 0.05)} Z" fill="${f.hair}"/>`,
        );
    } else if (!f.back) {
      hairFront.push(
        `<path d="M${n(-r * 1.02)} ${n(hcy - r * 0.05)} Q${n(-r * 1.05)} ${n(top - r * 0.15)} 0 ${n(top - r * 0.15)} Q${n(r * 1.05)} ${n(top - r * 0.15)} ${n(r * 1.02)} ${n(hcy - r * 0.05)} Q${n(r * 0.7)} ${n(hcy - r * 0.5)} ${n(-r * 0.2)} ${n(hcy - r * 0.45)} Q${n(-r * 0.8)} ${n(hcy - r * 0.4)} ${n(-r * 1.02)} ${n(hcy - r * 0.05)} Z" fill="${f.hair}"/>`,
      );
    }
  } else if (f.gender === 'm') {
    if (!f.back) {
      if (f.hairStyle === 1 && f.kind === 'elder') {
        // balding: fringe of hair at the sides, a few strands on top
        hairFront.push(
          `<path d="M${n(-r * 1.02)} ${n(hcy + r * 0.2)} Q${n(-r * 1.08)} ${n(hcy - r * 0.6)} ${n(-r * 0.6)} ${n(hcy - r * 0.72)} L${n(-r * 0.72)} ${n(hcy - r * 0.1)} Z M${n(r * 1.02)} ${n(hcy + r * 0.2)} Q${n(r * 1.08)} ${n(hcy - r * 0.6)} ${n(r * 0.6)} ${n(hcy - r * 0.72)} L${n(r * 0.72)} ${n(hcy - r * 0.1)} Z" fill="${f.hair}"/>`,
        );
      } else {
        const recede = f.hairStyle === 2 ? 0.35 : 0.55;
        hairFront.push(
          `<path d="M${n(-r * 1.03)} ${n(hcy)} Q${n(-r * 1.06)} ${n(top - r * 0.12)} 0 ${n(top - r * 0.12)} Q${n(r * 1.06)} ${n(top - r * 0.12)} ${n(r * 1.03)} ${n(hcy)} Q${n(r * 0.9)} ${n(hcy - r * recede)} ${n(r * 0.1)} ${n(hcy - r * (recede + 0.12))} Q${n(-r * 0.9)} ${n(hcy - r * recede)} ${n(-r * 1.03)} ${n(hcy)} Z" fill="${f.hair}"/>`,
        );
      }
    }
  } else {
    if (f.hairStyle === 0) {
      hairBack.push(
        `<path d="M${n(-r * 1.12)} ${n(hcy + r * 0.6)} Q${n(-r * 1.25)} ${n(top - r * 0.15)} 0 ${n(top - r * 0.18)} Q${n(r * 1.25)} ${n(top - r * 0.15)} ${n(r * 1.12)} ${n(hcy + r * 0.6)} Z" fill="${hairDark}"/>`,
      );
    } else if (f.hairStyle === 2) {
      hairBack.push(`<circle cx="0" cy="${n(top - r * 0.1)}" r="${n(r * 0.42)}" fill="${hairDark}"/>`);
    }
    if (!f.back) {
      if (f.hairStyle === 1 && f.kind === 'elder') {
        for (let i = 0; i < 9; i++) {
          const a = Math.PI * (1.05 + (i / 8) * 0.9);
          hairFront.push(
            `<circle cx="${n(Math.cos(a) * r * 0.92)}" cy="${n(hcy + Math.sin(a) * r * 0.92 - r * 0.05)}" r="${n(r * 0.3)}" fill="${f.hair}"/>`,
          );
        }
      } else {
        hairFront.push(
          `<path d="M${n(-r * 1.06)} ${n(hcy + r * 0.15)} Q${n(-r * 1.1)} ${n(top - r * 0.15)} 0 ${n(top - r * 0.15)} Q${n(r * 1.1)} ${n(top - r * 0.15)} ${n(r * 1.06)} ${n(hcy + r * 0.15)} Q${n(r * 0.8)} ${n(hcy - r * 0.5)} ${n(-r * 0.15)} ${n(hcy - r * 0.55)} Q${n(-r * 0.7)} ${n(hcy - r * 0.35)} ${n(-r * 1.06)} ${n(hcy + r * 0.15)} Z" fill="${f.hair}"/>`,
        );
      }
    }
  }
  p.push(...hairBack);
  if (f.back) {
    p.push(
      `<circle cx="${n(-r * 0.98)}" cy="${n(hcy + r * 0.1)}" r="${n(r * 0.2)}" fill="${shade(f.skin, 0.05)}"/><circle cx="${n(r * 0.98)}" cy="${n(hcy + r * 0.1)}" r="${n(r * 0.2)}" fill="${shade(f.skin, 0.05)}"/>`,
    );
    p.push(`<circle cx="0" cy="${n(hcy)}" r="${n(r)}" fill="${f.hair}"/>`);
    p.push(
      `<path d="M${n(-r * 0.5)} ${n(hcy - r * 0.6)} Q0 ${n(hcy - r * 0.95)} ${n(r * 0.5)} ${n(hcy - r * 0.6)}" stroke="${tint(f.hair, 0.25)}" stroke-width="${n(2 * k)}" fill="none" opacity=".6"/>`,
    );
  } else {
    p.push(
      `<circle cx="${n(-r * 0.98)}" cy="${n(hcy + r * 0.08)}" r="${n(r * 0.2)}" fill="${shade(f.skin, 0.04)}"/><circle cx="${n(r * 0.98)}" cy="${n(hcy + r * 0.08)}" r="${n(r * 0.2)}" fill="${shade(f.skin, 0.04)}"/>`,
    );
    p.push(`<circle cx="0" cy="${n(hcy)}" r="${n(r)}" fill="${f.skin}"/>`);
    const ey = hcy + r * 0.08;
    const ex = r * 0.36;
    const eye = '#3a2a22';
    if (f.kind === 'elder') {
      // smiling eyes
      p.push(
        `<path d="M${n(-ex - r * 0.13)} ${n(ey + r * 0.03)} Q${n(-ex)} ${n(ey - r * 0.14)} ${n(-ex + r * 0.13)} ${n(ey + r * 0.03)} M${n(ex - r * 0.13)} ${n(ey + r * 0.03)} Q${n(ex)} ${n(ey - r * 0.14)} ${n(ex + r * 0.13)} ${n(ey + r * 0.03)}" stroke="${eye}" stroke-width="${n(2.6 * k)}" fill="none" stroke-linecap="round"/>`,
      );
      p.push(
        `<path d="M${n(-ex - r * 0.16)} ${n(ey - r * 0.26)} L${n(-ex + r * 0.14)} ${n(ey - r * 0.3)} M${n(ex + r * 0.16)} ${n(ey - r * 0.26)} L${n(ex - r * 0.14)} ${n(ey - r * 0.3)}" stroke="${shade(f.hair, 0.25)}" stroke-width="${n(3 * k)}" stroke-linecap="round"/>`,
      );
    } else {
      p.push(
        `<circle cx="${n(-ex)}" cy="${n(ey)}" r="${n(r * 0.09)}" fill="${eye}"/><circle cx="${n(ex)}" cy="${n(ey)}" r="${n(r * 0.09)}" fill="${eye}"/>`,
      );
    }
    p.push(
      `<path d="M${n(-r * 0.28)} ${n(hcy + r * 0.45)} Q0 ${n(hcy + r * 0.68)} ${n(r * 0.28)} ${n(hcy + r * 0.45)}" stroke="#9b3b32" stroke-width="${n(2.6 * k)}" fill="none" stroke-linecap="round"/>`,
    );
    p.push(
      `<ellipse cx="${n(-r * 0.6)}" cy="${n(hcy + r * 0.35)}" rx="${n(r * 0.17)}" ry="${n(r * 0.1)}" fill="#ef8f8f" opacity=".35"/><ellipse cx="${n(r * 0.6)}" cy="${n(hcy + r * 0.35)}" rx="${n(r * 0.17)}" ry="${n(r * 0.1)}" fill="#ef8f8f" opacity=".35"/>`,
    );
    if (f.glasses) {
      p.push(
        `<g stroke="#3b3b3b" stroke-width="${n(2.2 * k)}" fill="none"><circle cx="${n(-ex)}" cy="${n(ey)}" r="${n(r * 0.22)}"/><circle cx="${n(ex)}" cy="${n(ey)}" r="${n(r * 0.22)}"/><line x1="${n(-ex + r * 0.22)}" y1="${n(ey)}" x2="${n(ex - r * 0.22)}" y2="${n(ey)}"/></g>`,
      );
    }
  }
  p.push(...hairFront);
  return `<g transform="translate(${n(x)} ${n(y)}) scale(${s.toFixed(3)})">${p.join('')}</g>`;
}

// ───────────────────────────── scenery ─────────────────────────────

function skyAndSun(pal: Palette, rng: Rng, w: number, horizon: number): string {
  const p: string[] = [];
  p.push(
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${pal.skyTop}"/><stop offset="1" stop-color="${pal.skyBottom}"/></linearGradient>`,
  );
  p.push(
    `<radialGradient id="sunglow"><stop offset="0" stop-color="${pal.sun}" stop-opacity=".9"/><stop offset="1" stop-color="${pal.sun}" stop-opacity="0"/></radialGradient></defs>`,
  );
  p.push(`<rect width="${w}" height="${n(horizon + 40)}" fill="url(#sky)"/>`);
  const sx = rng.chance(0.5) ? rng.range(140, 420) : rng.range(w - 420, w - 140);
  const sy = rng.range(110, 210);
  p.push(
    `<circle cx="${n(sx)}" cy="${n(sy)}" r="170" fill="url(#sunglow)"/><circle cx="${n(sx)}" cy="${n(sy)}" r="58" fill="${pal.sun}"/>`,
  );
  const clouds = rng.int(2, 4);
  for (let i = 0; i < clouds; i++)
    p.push(cloud(rng.range(80, w - 80), rng.range(70, horizon * 0.45), rng.range(0.7, 1.4)));
  return p.join('');
}

function cloud(x: number, y: number, s: number): string {
  return `<g transform="translate(${n(x)} ${n(y)}) scale(${s.toFixed(2)})" fill="#fff" opacity=".88"><ellipse cx="0" cy="0" rx="90" ry="26"/><circle cx="-30" cy="-14" r="32"/><circle cx="18" cy="-24" r="40"/><circle cx="55" cy="-6" r="26"/></g>`;
}

function hills(pal: Palette, rng: Rng, w: number, baseY: number): string {
  const layer = (y0: number, amp: number, color: string, snowcap: boolean) => {
    const pts: Array<[number, number]> = [];
    const count = rng.int(3, 5);
    for (let i = 0; i <= count; i++) pts.push([(i / count) * w + rng.range(-60, 60), y0 - rng.range(amp * 0.4, amp)]);
    let d = `M-20 ${n(baseY + 40)} L-20 ${n(pts[0]![1])}`;
    for (let i = 0; i < pts.length - 1; i++) {
      const [x1, y1] = pts[i]!;
      const [x2, y2] = pts[i + 1]!;
      const mx = (x1 + x2) / 2;
      d += ` Q${n(x1 + (mx - x1) * 0.9)} ${n(y1)} ${n(mx)} ${n((y1 + y2) / 2 + rng.range(0, amp * 0.3))} T${n(x2)} ${n(y2)}`;
    }
    d += ` L${w + 20} ${n(baseY + 40)} Z`;
    let out = `<path d="${d}" fill="${color}"/>`;
    if (snowcap) out += `<path d="${d}" fill="#fff" opacity=".35"/>`;
    return out;
  };
  return layer(baseY - 60, 170, pal.hillFar, pal.snow) + layer(baseY, 110, pal.hillNear, false);
}

function tree(pal: Palette, rng: Rng, x: number, y: number, s: number): string {
  const p: string[] = [];
  const kind =
    pal.season === 'winter'
      ? rng.pick(['pine', 'bare'] as const)
      : rng.pick(['round', 'round', 'round', 'pine'] as const);
  p.push(`<ellipse cx="0" cy="0" rx="60" ry="10" fill="#000" opacity=".12"/>`);
  if (kind === 'pine') {
    const c = pal.season === 'winter' ? rng.pick(pal.trees) : shade(rng.pick(pal.trees), 0.25);
    p.push(`<rect x="-8" y="-60" width="16" height="60" fill="${pal.trunk}"/>`);
    for (let i = 0; i < 3; i++) {
      const yy = -50 - i * 55;
      const ww = 75 - i * 17;
      p.push(`<path d="M${-ww} ${yy} L0 ${yy - 95} L${ww} ${yy} Z" fill="${i % 2 ? shade(c, 0.08) : c}"/>`);
      if (pal.snow)
        p.push(
          `<path d="M${-ww * 0.45} ${yy - 52} L0 ${yy - 95} L${ww * 0.45} ${yy - 52} Q0 ${yy - 62} ${-ww * 0.45} ${yy - 52} Z" fill="#fff"/>`,
        );
    }
  } else if (kind === 'bare') {
    p.push(
      `<g stroke="${pal.trunk}" stroke-linecap="round" fill="none"><path d="M0 0 L0 -150" stroke-width="16"/><path d="M0 -90 L-55 -170 M0 -110 L48 -190 M0 -150 L-20 -230 M0 -150 L25 -220 M-30 -130 L-70 -150 M26 -150 L70 -170" stroke-width="8"/></g>`,
    );
  } else {
    const c = rng.pick(pal.trees);
    p.push(`<path d="M-9 0 L-7 -110 L7 -110 L9 0 Z" fill="${pal.trunk}"/>`);
    const blobs: Array<[number, number, number]> = [
      [0, -170, 78],
      [-52, -135, 55],
      [52, -135, 55],
      [-30, -205, 52],
      [32, -210, 50],
    ];
    for (const [bx, by, br] of blobs) p.push(`<circle cx="${bx}" cy="${by}" r="${br}" fill="${c}"/>`);
    p.push(`<circle cx="-24" cy="-200" r="30" fill="${tint(c, 0.15)}" opacity=".8"/>`);
    for (let i = 0; i < 7; i++)
      p.push(
        `<circle cx="${n(rng.range(-70, 70))}" cy="${n(rng.range(-240, -110))}" r="${n(rng.range(5, 10))}" fill="${shade(c, 0.12)}" opacity=".6"/>`,
      );
    if (pal.blossom) {
      for (let i = 0; i < 26; i++)
        p.push(
          `<circle cx="${n(rng.range(-85, 85))}" cy="${n(rng.range(-250, -100))}" r="${n(rng.range(4, 8))}" fill="${pal.blossom}"/>`,
        );
    }
  }
  return `<g transform="translate(${n(x)} ${n(y)}) scale(${s.toFixed(3)})">${p.join('')}</g>`;
}

function grassTufts(pal: Palette, rng: Rng, x0: number, x1: number, y0: number, y1: number, count: number): string {
  const p: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = rng.range(x0, x1);
    const y = rng.range(y0, y1);
    const s = 0.5 + ((y - y0) / Math.max(1, y1 - y0)) * 1.2;
    p.push(
      `M${n(x - 6 * s)} ${n(y)} L${n(x - 2 * s)} ${n(y - 12 * s)} L${n(x)} ${n(y)} L${n(x + 3 * s)} ${n(y - 14 * s)} L${n(x + 6 * s)} ${n(y)}`,
    );
  }
  return `<path d="${p.join(' ')}" fill="${pal.grassDark}" opacity=".7"/>`;
}

function flag(x: number, baseY: number, height: number): string {
  const top = baseY - height;
  const fw = height * 0.3;
  const fh = fw * 0.66;
  const fx = x + 4;
  const wave = `M${n(fx)} ${n(top + 6)} Q${n(fx + fw * 0.25)} ${n(top - 6)} ${n(fx + fw * 0.5)} ${n(top + 6)} T${n(fx + fw)} ${n(top + 6)} L${n(fx + fw)} ${n(top + 6 + fh)} Q${n(fx + fw * 0.75)} ${n(top + 18 + fh)} ${n(fx + fw * 0.5)} ${n(top + 6 + fh)} T${n(fx)} ${n(top + 6 + fh)} Z`;
  const u = fh / 20;
  const stars =
    `<polygon points="${star(fx + 5 * u, top + 6 + 5 * u, 3 * u)}" fill="#ffde00"/>` +
    [
      [10, 2],
      [12, 4],
      [12, 7],
      [10, 9],
    ]
      .map(([sx, sy]) => `<polygon points="${star(fx + sx! * u, top + 6 + sy! * u, 1 * u, 0.3)}" fill="#ffde00"/>`)
      .join('');
  return (
    `<ellipse cx="${n(x)}" cy="${n(baseY)}" rx="26" ry="7" fill="#000" opacity=".15"/>` +
    `<rect x="${n(x - 14)}" y="${n(baseY - 14)}" width="28" height="14" fill="#bdbdbd"/>` +
    `<rect x="${n(x - 3)}" y="${n(top - 8)}" width="6" height="${n(height - 6)}" fill="#d8d8d8"/><circle cx="${n(x)}" cy="${n(top - 9)}" r="6" fill="#e0c14a"/>` +
    `<path d="${wave}" fill="#de2910"/>${stars}`
  );
}

/** A red banner (横幅) with white text. */
function banner(text: string, x: number, y: number, w: number, h: number): string {
  const p: string[] = [];
  p.push(`<rect x="${n(x + 4)}" y="${n(y + 6)}" width="${n(w)}" height="${n(h)}" fill="#000" opacity=".18"/>`);
  p.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="#cf1b22"/>`);
  p.push(
    `<rect x="${n(x)}" y="${n(y + h * 0.82)}" width="${n(w)}" height="${n(h * 0.18)}" fill="#b3141a" opacity=".6"/>`,
  );
  // folds
  for (let i = 1; i < 6; i++)
    p.push(`<rect x="${n(x + (w * i) / 6 - 1)}" y="${n(y)}" width="2" height="${n(h)}" fill="#a50f15" opacity=".25"/>`);
  p.push(fittedLabel(text, x + w / 2, y + h * 0.5, w * 0.92, h * 0.62, '#ffffff'));
  return p.join('');
}

/** A banner strung between two poles standing on the ground. */
function bannerOnPoles(text: string, x: number, groundY: number, w: number, h: number, topY: number): string {
  const pole = (px: number) =>
    `<rect x="${n(px - 5)}" y="${n(topY - 12)}" width="10" height="${n(groundY - topY + 12)}" fill="#8d6e4f"/><ellipse cx="${n(px)}" cy="${n(groundY)}" rx="16" ry="5" fill="#000" opacity=".15"/>`;
  return pole(x - 6) + pole(x + w + 6) + banner(text, x, topY, w, h);
}

// ───────────────────────────── buildings ─────────────────────────────

interface Building {
  svg: string;
  /** Good place for a banner on the facade. */
  slot: { x: number; y: number; w: number; h: number };
  flagX: number | null;
}

function windowsGrid(
  x: number,
  y: number,
  w: number,
  h: number,
  cols: number,
  rows: number,
  glass: string,
  frame: string,
  rng: Rng,
): string {
  const p: string[] = [];
  const cw = w / cols;
  const rh = h / rows;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const wx = x + c * cw + cw * 0.18;
      const wy = y + r * rh + rh * 0.2;
      const ww = cw * 0.64;
      const wh = rh * 0.55;
      p.push(`<rect x="${n(wx - 3)}" y="${n(wy - 3)}" width="${n(ww + 6)}" height="${n(wh + 6)}" fill="${frame}"/>`);
      p.push(
        `<rect x="${n(wx)}" y="${n(wy)}" width="${n(ww)}" height="${n(wh)}" fill="${rng.chance(0.2) ? tint(glass, 0.25) : glass}"/>`,
      );
      p.push(
        `<path d="M${n(wx + ww * 0.15)} ${n(wy + wh)} L${n(wx + ww * 0.55)} ${n(wy)} L${n(wx + ww * 0.75)} ${n(wy)} L${n(wx + ww * 0.35)} ${n(wy + wh)} Z" fill="#fff" opacity=".22"/>`,
      );
      p.push(
        `<line x1="${n(wx + ww / 2)}" y1="${n(wy)}" x2="${n(wx + ww / 2)}" y2="${n(wy + wh)}" stroke="${frame}" stroke-width="3"/>`,
      );
    }
  }
  return p.join('');
}

function school(pal: Palette, rng: Rng, cx: number, baseY: number): Building {
  const floors = rng.int(3, 4);
  const fh = 88;
  const w = rng.range(780, 900);
  const h = floors * fh + 70;
  const x = cx - w / 2;
  const top = baseY - h;
  const wall = rng.pick(['#f3ede1', '#f6efe4', '#eee7dc']);
  const accent = rng.pick(['#c8553d', '#d4774a', '#3d7ea6']);
  const p: string[] = [];
  p.push(`<rect x="${n(x + 12)}" y="${n(top + 10)}" width="${n(w)}" height="${n(h)}" fill="#000" opacity=".08"/>`);
  p.push(`<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(h)}" fill="${wall}"/>`);
  p.push(`<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="62" fill="#fbf8f2"/>`);
  p.push(`<rect x="${n(x)}" y="${n(top + 56)}" width="${n(w)}" height="8" fill="${accent}"/>`);
  p.push(label('好好学习 天天向上', cx, top + 29, 38, '#d21f26', { spacing: 6 }));
  for (let f = 0; f < floors; f++)
    p.push(
      `<rect x="${n(x)}" y="${n(top + 64 + f * fh + fh - 8)}" width="${n(w)}" height="6" fill="${tint(accent, 0.45)}"/>`,
    );
  const cols = Math.round(w / 95);
  p.push(windowsGrid(x, top + 64, w, floors * fh, cols, floors, '#8fb8d8', '#ffffff', rng));
  // entrance
  const ew = 150;
  p.push(
    `<rect x="${n(cx - ew / 2 - 20)}" y="${n(baseY - fh - 24)}" width="${n(ew + 40)}" height="20" fill="${accent}"/>`,
  );
  p.push(`<rect x="${n(cx - ew / 2)}" y="${n(baseY - fh - 4)}" width="${ew}" height="${n(fh + 4)}" fill="#5b7d99"/>`);
  p.push(`<rect x="${n(cx - 2)}" y="${n(baseY - fh - 4)}" width="4" height="${n(fh + 4)}" fill="#e0e0e0"/>`);
  p.push(`<rect x="${n(cx - ew / 2 - 30)}" y="${n(baseY - 10)}" width="${ew + 60}" height="10" fill="#cfc8bb"/>`);
  if (pal.snow)
    p.push(`<rect x="${n(x - 6)}" y="${n(top - 10)}" width="${n(w + 12)}" height="12" rx="6" fill="#fff"/>`);
  return {
    svg: p.join(''),
    slot: { x: x + w * 0.12, y: top + 64 + fh * 0.15, w: w * 0.76, h: 66 },
    flagX: rng.chance(0.5) ? x - 90 : x + w + 90,
  };
}

function villageHall(pal: Palette, rng: Rng, cx: number, baseY: number): Building {
  const w = rng.range(700, 820);
  const fh = 100;
  const h = fh * 3 + 30;
  const x = cx - w / 2;
  const top = baseY - h;
  const wall = rng.pick(['#f7f5f0', '#f1eee6']);
  const roof = rng.pick(['#5a6470', '#4f5b66', '#6b5d55']);
  const p: string[] = [];
  // pitched roof
  p.push(
    `<path d="M${n(x - 40)} ${n(top + 6)} L${n(x + 60)} ${n(top - 90)} L${n(x + w - 60)} ${n(top - 90)} L${n(x + w + 40)} ${n(top + 6)} Z" fill="${roof}"/>`,
  );
  for (let i = 0; i < 6; i++)
    p.push(
      `<line x1="${n(x - 30 + i * 2)}" y1="${n(top - 8 - i * 15)}" x2="${n(x + w + 30 - i * 2)}" y2="${n(top - 8 - i * 15)}" stroke="${shade(roof, 0.2)}" stroke-width="2" opacity=".5"/>`,
    );
  if (pal.snow)
    p.push(
      `<path d="M${n(x + 50)} ${n(top - 80)} L${n(x + 60)} ${n(top - 90)} L${n(x + w - 60)} ${n(top - 90)} L${n(x + w - 50)} ${n(top - 80)} Q${n(cx)} ${n(top - 60)} ${n(x + 50)} ${n(top - 80)} Z" fill="#fff"/>`,
    );
  p.push(`<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(h)}" fill="${wall}"/>`);
  p.push(`<rect x="${n(x)}" y="${n(baseY - 40)}" width="${n(w)}" height="40" fill="#b8b1a4"/>`);
  // sign
  const sw = 380;
  p.push(`<rect x="${n(cx - sw / 2)}" y="${n(top + 14)}" width="${sw}" height="58" fill="#c81d25"/>`);
  p.push(label('党群服务中心', cx, top + 43, 40, '#ffd54a', { spacing: 8 }));
  p.push(windowsGrid(x + 10, top + 84, w - 20, fh * 3 - 60, Math.round(w / 110), 3, '#9ec3d6', '#6d4c41', rng));
  p.push(
    `<rect x="${n(cx - 70)}" y="${n(baseY - 130)}" width="140" height="130" fill="#7a4b32"/><rect x="${n(cx - 2)}" y="${n(baseY - 130)}" width="4" height="130" fill="#5d3826"/>`,
  );
  // plaque next to door
  p.push(`<rect x="${n(cx + 90)}" y="${n(baseY - 150)}" width="34" height="120" fill="#fff" stroke="#c9c9c9"/>`);
  return {
    svg: p.join(''),
    slot: { x: x + w * 0.1, y: top + 84 + (fh * 3 - 60) / 3 - 34, w: w * 0.8, h: 64 },
    flagX: rng.chance(0.5) ? x - 80 : x + w + 80,
  };
}

function communityCentre(pal: Palette, rng: Rng, cx: number, baseY: number): Building {
  const w = rng.range(760, 880);
  const h = 330;
  const x = cx - w / 2;
  const top = baseY - h;
  const p: string[] = [];
  const wall = rng.pick(['#e9e6df', '#dfe4e8']);
  p.push(`<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${h}" fill="${wall}"/>`);
  p.push(
    `<rect x="${n(x + w * 0.62)}" y="${n(top - 60)}" width="${n(w * 0.38)}" height="${n(h + 60)}" fill="${shade(wall, 0.06)}"/>`,
  );
  p.push(
    `<rect x="${n(x + w * 0.62 + 30)}" y="${n(top - 40)}" width="${n(w * 0.38 - 60)}" height="${n(h - 20)}" fill="#7fb2c9"/>`,
  );
  for (let i = 1; i < 5; i++)
    p.push(
      `<line x1="${n(x + w * 0.62 + 30)}" y1="${n(top - 40 + ((h - 20) * i) / 5)}" x2="${n(x + w - 30)}" y2="${n(top - 40 + ((h - 20) * i) / 5)}" stroke="#e8eef2" stroke-width="4"/>`,
    );
  p.push(windowsGrid(x + 20, top + 110, w * 0.58, h - 170, 5, 2, '#8fb8d8', '#f8f8f8', rng));
  const sw = w * 0.5;
  p.push(`<rect x="${n(x + 30)}" y="${n(top + 22)}" width="${n(sw)}" height="60" fill="#1f5aa6"/>`);
  p.push(label('社区服务中心', x + 30 + sw / 2, top + 52, 38, '#ffffff', { spacing: 6 }));
  p.push(
    `<rect x="${n(x + w * 0.62 + 40)}" y="${n(baseY - 120)}" width="${n(w * 0.38 - 80)}" height="120" fill="#4e6e81"/>`,
  );
  p.push(`<rect x="${n(x + w * 0.6)}" y="${n(baseY - 140)}" width="${n(w * 0.42 + 20)}" height="22" fill="#8a8f94"/>`);
  if (pal.snow)
    p.push(
      `<rect x="${n(x + w * 0.62 - 6)}" y="${n(top - 70)}" width="${n(w * 0.38 + 12)}" height="12" rx="6" fill="#fff"/>`,
    );
  return {
    svg: p.join(''),
    slot: { x: x + 30, y: top + 100, w: w * 0.56, h: 62 },
    flagX: rng.chance(0.5) ? x - 80 : null,
  };
}

function ruralHouse(pal: Palette, rng: Rng, cx: number, baseY: number): string {
  const w = 620;
  const h = 250;
  const x = cx - w / 2;
  const top = baseY - h;
  const roof = rng.pick(['#4e5660', '#5b4a42', '#3f4a52']);
  const p: string[] = [];
  p.push(
    `<path d="M${n(x - 50)} ${n(top + 10)} L${n(x + 40)} ${n(top - 110)} L${n(x + w - 40)} ${n(top - 110)} L${n(x + w + 50)} ${n(top + 10)} Z" fill="${roof}"/>`,
  );
  for (let i = 0; i < 7; i++)
    p.push(
      `<line x1="${n(x - 40 + i * 13)}" y1="${n(top - 2 - i * 16)}" x2="${n(x + w + 40 - i * 13)}" y2="${n(top - 2 - i * 16)}" stroke="${shade(roof, 0.25)}" stroke-width="3" opacity=".6"/>`,
    );
  if (pal.snow)
    p.push(
      `<path d="M${n(x + 30)} ${n(top - 96)} L${n(x + 40)} ${n(top - 110)} L${n(x + w - 40)} ${n(top - 110)} L${n(x + w - 30)} ${n(top - 96)} Q${n(cx)} ${n(top - 80)} ${n(x + 30)} ${n(top - 96)} Z" fill="#fff"/>`,
    );
  p.push(`<rect x="${n(x)}" y="${n(top)}" width="${w}" height="${h}" fill="#f4f1ea"/>`);
  p.push(`<rect x="${n(x)}" y="${n(baseY - 36)}" width="${w}" height="36" fill="#a9a296"/>`);
  // door with couplets (对联)
  p.push(
    `<rect x="${n(cx - 60)}" y="${n(baseY - 170)}" width="120" height="170" fill="#7b4a2d"/><line x1="${n(cx)}" y1="${n(baseY - 170)}" x2="${n(cx)}" y2="${n(baseY)}" stroke="#5a3420" stroke-width="4"/>`,
  );
  p.push(
    `<rect x="${n(cx - 96)}" y="${n(baseY - 176)}" width="26" height="150" fill="#d32f2f"/><rect x="${n(cx + 70)}" y="${n(baseY - 176)}" width="26" height="150" fill="#d32f2f"/>`,
  );
  p.push(`<rect x="${n(cx - 80)}" y="${n(baseY - 214)}" width="160" height="30" fill="#d32f2f"/>`);
  p.push(label('家和万事兴', cx, baseY - 199, 22, '#ffe082'));
  const left = '春回大地千山秀';
  const right = '福满人间万户春';
  [...left].forEach((ch, i) => p.push(label(ch, cx - 83, baseY - 166 + i * 20.5, 17, '#ffe082')));
  [...right].forEach((ch, i) => p.push(label(ch, cx + 83, baseY - 166 + i * 20.5, 17, '#ffe082')));
  // windows
  for (const wx of [x + 70, x + w - 200]) {
    p.push(
      `<rect x="${n(wx)}" y="${n(top + 60)}" width="130" height="100" fill="#6d4c41"/><rect x="${n(wx + 8)}" y="${n(top + 68)}" width="114" height="84" fill="#a7c7d9"/>`,
    );
    p.push(
      `<path d="M${n(wx + 8)} ${n(top + 110)} H${n(wx + 122)} M${n(wx + 65)} ${n(top + 68)} V${n(top + 152)}" stroke="#6d4c41" stroke-width="4"/>`,
    );
  }
  return p.join('');
}

// ───────────────────────────── scenes ─────────────────────────────

interface SceneParams {
  ctx: ImageContext;
  rng: Rng;
  pal: Palette;
  banner: string;
  w: number;
  h: number;
}

interface Placed {
  y: number;
  svg: string;
  /** Highest point of a figure (for keeping banners above heads). */
  top?: number;
}

function person(f: Figure, x: number, y: number, s: number, order = y): Placed {
  return { y: order, svg: drawFigure(f, x, y, s), top: y - figureHeight(f) * s };
}

function headsTop(items: Placed[]): number {
  return Math.min(...items.map((i) => i.top ?? Infinity));
}

function renderPlaced(items: Placed[]): string {
  return items
    .sort((a, b) => a.y - b.y)
    .map((i) => i.svg)
    .join('');
}

/** Scale for an outdoor figure standing at ground y: further away = smaller. */
function depthScale(y: number, y0: number, s0: number, y1: number, s1: number): number {
  return s0 + ((y - y0) / (y1 - y0)) * (s1 - s0);
}

/** Elders and children as a group photo (two rows) or scattered clusters. */
function crowd(
  p: SceneParams,
  area: { x0: number; x1: number; y0: number; y1: number },
  style: 'photo' | 'clusters',
  sc: [number, number],
): Placed[] {
  const { rng, pal } = p;
  const out: Placed[] = [];
  const cx = (area.x0 + area.x1) / 2;
  const s = (y: number) => depthScale(y, area.y0, sc[0], area.y1, sc[1]);
  if (style === 'photo') {
    const backY = area.y1 - 95;
    const frontY = area.y1;
    const elders = rng.int(4, 7);
    const kids = rng.int(5, 8);
    const eSpace = 118 * s(backY);
    const kSpace = 92 * s(frontY);
    for (let i = 0; i < elders; i++) {
      const f = rng.chance(0.8) ? makeElder(rng, pal.season) : makeAdult(rng);
      const x = cx + (i - (elders - 1) / 2) * eSpace + rng.range(-8, 8);
      out.push(person(f, x, backY + rng.range(-6, 6), s(backY), backY));
    }
    for (let i = 0; i < kids; i++) {
      const f = makeChild(rng, pal.season);
      if (rng.chance(0.15)) f.raise = rng.pick(['left', 'right'] as const);
      const x = cx + (i - (kids - 1) / 2) * kSpace + rng.range(-6, 6);
      out.push(person(f, x, frontY + rng.range(-4, 4), s(frontY), frontY));
    }
  } else {
    const clusters = rng.int(2, 3);
    for (let c = 0; c < clusters; c++) {
      const ccx = area.x0 + ((c + 0.5) / clusters) * (area.x1 - area.x0) + rng.range(-40, 40);
      const ccy = rng.range(area.y0 + (area.y1 - area.y0) * 0.35, area.y1);
      const elder = makeElder(rng, pal.season);
      elder.raise = rng.chance(0.4) ? rng.pick(['left', 'right'] as const) : 'none';
      const es = s(ccy - 30);
      out.push(person(elder, ccx, ccy - 30, es, ccy - 30));
      if (rng.chance(0.4)) {
        const e2 = makeElder(rng, pal.season);
        out.push(person(e2, ccx + rng.pick([-1, 1]) * 120 * es, ccy - 50, s(ccy - 50), ccy - 50));
      }
      const kids = rng.int(2, 4);
      for (let i = 0; i < kids; i++) {
        const ky = ccy + rng.range(0, 60);
        const kx = ccx + (i - (kids - 1) / 2) * 85 * s(ky) + rng.range(-15, 15);
        const kid = makeChild(rng, pal.season);
        if (rng.chance(0.25)) kid.raise = rng.pick(['left', 'right'] as const);
        out.push(person(kid, kx, ky, s(ky), ky));
      }
    }
  }
  return out;
}

function ground(p: SceneParams, horizon: number): string {
  const { pal, w, h } = p;
  return `<defs><linearGradient id="grass" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${shade(pal.grass, 0.08)}"/><stop offset="1" stop-color="${tint(pal.grass, 0.08)}"/></linearGradient></defs><rect x="0" y="${horizon}" width="${w}" height="${h - horizon}" fill="url(#grass)"/>`;
}

function sceneOutdoor(p: SceneParams): string {
  const { rng, pal, w, h, ctx } = p;
  const horizon = 720;
  const baseY = 800;
  const out: string[] = [skyAndSun(pal, rng, w, horizon), hills(pal, rng, w, horizon), ground(p, horizon)];
  // the building: what this picture's caption says first, then the entry's title
  const buildingOf = (t: string) =>
    /党群|村委|村部|村民|农家|田/.test(t)
      ? 'village'
      : /学校|小学|中学|校园|校门|学生|开学|少先队|队员|课/.test(t)
        ? 'school'
        : /社区|街道|小区/.test(t)
          ? 'community'
          : /村|乡/.test(t)
            ? 'village'
            : null;
  const kind =
    buildingOf(ctx.imageText.join(' ')) ??
    buildingOf(allText(ctx)) ??
    rng.pick(['school', 'village', 'community'] as const);
  const cx = w / 2 + rng.range(-120, 120);
  // background trees behind the building
  for (let i = 0; i < 6; i++) {
    const tx = rng.chance(0.5) ? rng.range(20, cx - 380) : rng.range(cx + 380, w - 20);
    out.push(tree(pal, rng, tx, baseY - rng.range(0, 20), rng.range(0.7, 1.0)));
  }
  const b =
    kind === 'school'
      ? school(pal, rng, cx, baseY)
      : kind === 'village'
        ? villageHall(pal, rng, cx, baseY)
        : communityCentre(pal, rng, cx, baseY);
  out.push(b.svg);
  // plaza
  out.push(
    `<path d="M${n(cx - 520)} ${baseY} L${n(cx + 520)} ${baseY} L${w + 300} ${h} L-300 ${h} Z" fill="${pal.snow ? '#dfe3e4' : '#d9d1c1'}"/>`,
  );
  for (let i = 1; i < 8; i++) {
    const yy = baseY + (h - baseY) * (i / 8) ** 1.6;
    out.push(
      `<line x1="0" y1="${n(yy)}" x2="${w}" y2="${n(yy)}" stroke="#000" stroke-opacity=".05" stroke-width="2"/>`,
    );
  }
  for (let i = -6; i <= 6; i++)
    out.push(
      `<line x1="${n(cx + i * 85)}" y1="${baseY}" x2="${n(cx + i * 260)}" y2="${h}" stroke="#000" stroke-opacity=".05" stroke-width="2"/>`,
    );
  out.push(grassTufts(pal, rng, 0, w, horizon + 10, h, 140));
  if (b.flagX !== null) out.push(flag(b.flagX, baseY + 50, 470));
  const placed: Placed[] = [];
  // foreground trees at the edges
  placed.push({ y: h + 10, svg: tree(pal, rng, rng.range(-40, 90), h + 30, rng.range(1.6, 2.0)) });
  if (rng.chance(0.6))
    placed.push({ y: h + 10, svg: tree(pal, rng, rng.range(w - 90, w + 40), h + 30, rng.range(1.5, 1.9)) });
  const style = /合影|合照|集体照/.test(allText(ctx)) || rng.chance(0.55) ? 'photo' : 'clusters';
  const people = crowd(p, { x0: 260, x1: w - 260, y0: 880, y1: 1130 }, style, [0.95, 1.4]);
  placed.push(...people);
  // on the facade, but never hidden behind the people in front
  out.push(banner(p.banner, b.slot.x, Math.min(b.slot.y, headsTop(people) - b.slot.h - 18), b.slot.w, b.slot.h));
  out.push(renderPlaced(placed));
  return out.join('');
}

function sceneWater(p: SceneParams): string {
  const { rng, pal, w, h } = p;
  const horizon = 600;
  const shore = rng.range(850, 890);
  const out: string[] = [skyAndSun(pal, rng, w, horizon), hills(pal, rng, w, horizon)];
  const water =
    pal.season === 'winter'
      ? ['#8fb3c7', '#6f97ad']
      : pal.season === 'autumn'
        ? ['#7fb0c8', '#4b86a8']
        : ['#78bde3', '#3b8fc6'];
  out.push(
    `<defs><linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${water[0]}"/><stop offset="1" stop-color="${water[1]}"/></linearGradient></defs>`,
  );
  // far bank with a line of trees
  out.push(`<rect x="0" y="${horizon - 10}" width="${w}" height="40" fill="${pal.grassDark}"/>`);
  for (let x = -20; x < w + 40; x += rng.range(60, 110))
    out.push(tree(pal, rng, x, horizon + 20, rng.range(0.35, 0.5)));
  out.push(`<rect x="0" y="${horizon + 25}" width="${w}" height="${n(shore - horizon)}" fill="url(#water)"/>`);
  // reflections and ripples
  for (let i = 0; i < 70; i++) {
    const y = rng.range(horizon + 35, shore - 10);
    const x = rng.range(0, w);
    const len = 20 + ((y - horizon) / (shore - horizon)) * 90;
    out.push(
      `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + len)}" y2="${n(y)}" stroke="#fff" stroke-width="${n(2 + (y - horizon) / 90)}" stroke-linecap="round" opacity="${rng.range(0.25, 0.55).toFixed(2)}"/>`,
    );
  }
  if (pal.season === 'summer' || pal.season === 'spring' || /荷/.test(allText(p.ctx))) {
    // lotus leaves
    for (let i = 0; i < 14; i++) {
      const y = rng.range(horizon + 60, shore - 40);
      const x = rng.chance(0.5) ? rng.range(0, 380) : rng.range(w - 380, w);
      const r = 14 + ((y - horizon) / (shore - horizon)) * 34;
      out.push(
        `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(r)}" ry="${n(r * 0.38)}" fill="#3f8f4a"/><ellipse cx="${n(x)}" cy="${n(y - 2)}" rx="${n(r * 0.6)}" ry="${n(r * 0.2)}" fill="#5aab5a"/>`,
      );
      if (pal.season === 'summer' && rng.chance(0.4))
        out.push(
          `<path d="M${n(x - r * 0.25)} ${n(y - r * 0.2)} Q${n(x)} ${n(y - r * 1.1)} ${n(x + r * 0.25)} ${n(y - r * 0.2)} Z" fill="#f48fb1"/>`,
        );
    }
  }
  // near bank
  out.push(
    `<path d="M0 ${n(shore)} Q${n(w * 0.3)} ${n(shore - 25)} ${n(w * 0.55)} ${n(shore)} T${w} ${n(shore - 10)} L${w} ${h} L0 ${h} Z" fill="${pal.grass}"/>`,
  );
  out.push(
    `<path d="M0 ${n(shore)} Q${n(w * 0.3)} ${n(shore - 25)} ${n(w * 0.55)} ${n(shore)} T${w} ${n(shore - 10)}" stroke="#a89f8c" stroke-width="14" fill="none"/>`,
  );
  // reeds
  for (let i = 0; i < 40; i++) {
    const x = rng.chance(0.5) ? rng.range(0, 260) : rng.range(w - 260, w);
    const hh = rng.range(50, 110);
    out.push(
      `<path d="M${n(x)} ${n(shore + 10)} Q${n(x + rng.range(-12, 12))} ${n(shore - hh / 2)} ${n(x + rng.range(-20, 20))} ${n(shore - hh)}" stroke="${shade(pal.grassDark, 0.1)}" stroke-width="4" fill="none"/>`,
    );
    if (pal.season !== 'spring' && rng.chance(0.4))
      out.push(`<ellipse cx="${n(x)}" cy="${n(shore - hh + 12)}" rx="5" ry="14" fill="#8d6e4f"/>`);
  }
  out.push(grassTufts(pal, rng, 0, w, shore + 20, h, 110));
  // railing along the bank
  if (rng.chance(0.5)) {
    const ry = shore + 40;
    out.push(
      `<line x1="0" y1="${n(ry - 60)}" x2="${w}" y2="${n(ry - 60)}" stroke="#e8e4da" stroke-width="8"/><line x1="0" y1="${n(ry - 30)}" x2="${w}" y2="${n(ry - 30)}" stroke="#e8e4da" stroke-width="6"/>`,
    );
    for (let x = 20; x < w; x += 110)
      out.push(`<rect x="${x}" y="${n(ry - 74)}" width="14" height="80" fill="#d9d4c7"/>`);
  }
  // warning sign
  const signX = rng.chance(0.5) ? rng.range(40, 90) : rng.range(w - 250, w - 215); // clear of the banner poles
  const signY = shore + 70;
  out.push(`<rect x="${n(signX + 95)}" y="${n(signY - 150)}" width="14" height="170" fill="#7a7a7a"/>`);
  out.push(
    `<rect x="${n(signX)}" y="${n(signY - 300)}" width="204" height="160" rx="6" fill="#ffffff" stroke="#d32f2f" stroke-width="8"/>`,
  );
  out.push(label('水深危险', signX + 102, signY - 252, 40, '#d32f2f'));
  out.push(label('禁止下水游泳', signX + 102, signY - 190, 30, '#333333'));
  const placed: Placed[] = [];
  const people = crowd(
    p,
    { x0: 360, x1: w - 360, y0: shore + 60, y1: 1140 },
    rng.chance(0.5) ? 'photo' : 'clusters',
    [1.0, 1.35],
  );
  placed.push(...people);
  const bw = 820;
  const bx = w / 2 - bw / 2 + rng.range(-80, 80);
  placed.push({
    y: shore + 50,
    svg: bannerOnPoles(p.banner, bx, shore + 50, bw, 72, Math.min(shore - 250, headsTop(people) - 72 - 30)),
  });
  out.push(renderPlaced(placed));
  return out.join('');
}

function windowView(p: SceneParams, x: number, y: number, w: number, h: number, id: string): string {
  const { pal, rng } = p;
  const out: string[] = [];
  out.push(
    `<defs><clipPath id="${id}"><rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"/></clipPath></defs>`,
  );
  out.push(
    `<g clip-path="url(#${id})"><rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${pal.skyTop}"/>`,
  );
  out.push(
    `<rect x="${n(x)}" y="${n(y + h * 0.45)}" width="${n(w)}" height="${n(h * 0.55)}" fill="${pal.skyBottom}"/>`,
  );
  out.push(
    `<ellipse cx="${n(x + w * 0.3)}" cy="${n(y + h * 0.85)}" rx="${n(w * 0.7)}" ry="${n(h * 0.25)}" fill="${pal.hillNear}"/>`,
  );
  out.push(tree(pal, rng, x + w * rng.range(0.3, 0.7), y + h * 1.02, h / 330));
  out.push(`</g>`);
  out.push(
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="none" stroke="#f0f0f0" stroke-width="14"/>`,
  );
  out.push(
    `<path d="M${n(x + w / 2)} ${n(y)} V${n(y + h)} M${n(x)} ${n(y + h * 0.35)} H${n(x + w)}" stroke="#f0f0f0" stroke-width="8"/>`,
  );
  return out.join('');
}

function sceneClassroom(p: SceneParams): string {
  const { rng, pal, w, h, ctx } = p;
  const floorY = 800;
  const wall = rng.pick(['#f4f1e8', '#eef2ea', '#f3efe6']);
  const dado = rng.pick(['#9cc5a1', '#a9c7d8', '#c9d8a5']);
  const out: string[] = [];
  out.push(`<rect width="${w}" height="${floorY}" fill="${wall}"/>`);
  out.push(
    `<rect y="${floorY - 230}" width="${w}" height="230" fill="${dado}"/><rect y="${floorY - 236}" width="${w}" height="8" fill="${shade(dado, 0.15)}"/>`,
  );
  out.push(
    `<rect y="${floorY}" width="${w}" height="${h - floorY}" fill="${rng.pick(['#c9a27a', '#b9b3a9', '#d1b48c'])}"/>`,
  );
  for (let i = 1; i < 7; i++)
    out.push(
      `<line x1="0" y1="${n(floorY + (h - floorY) * (i / 7) ** 1.5)}" x2="${w}" y2="${n(floorY + (h - floorY) * (i / 7) ** 1.5)}" stroke="#000" stroke-opacity=".06" stroke-width="3"/>`,
    );
  // windows on the sides
  out.push(windowView(p, 40, 230, 250, 330, 'winL'));
  out.push(windowView(p, w - 290, 230, 250, 330, 'winR'));
  // blackboard
  const bx = 380;
  const bw = w - 760;
  const by = 290;
  const bh = 330;
  out.push(`<rect x="${bx - 14}" y="${by - 14}" width="${bw + 28}" height="${bh + 28}" fill="#8d6e63"/>`);
  out.push(
    `<rect x="${bx}" y="${by}" width="${bw}" height="${bh}" fill="${rng.pick(['#2f5a46', '#2d4f45', '#25463a'])}"/>`,
  );
  out.push(`<rect x="${bx - 20}" y="${by + bh + 10}" width="${bw + 40}" height="14" fill="#a1887f"/>`);
  const phrase = blackboardPhrase(ctx);
  out.push(fittedLabel(phrase, bx + bw / 2, by + 90, bw * 0.85, 70, '#f5f5f0', 400));
  for (let i = 0; i < 3; i++) {
    const ly = by + 170 + i * 48;
    const lx = bx + 80 + rng.range(0, 60);
    const len = rng.range(bw * 0.35, bw * 0.7);
    let d = `M${n(lx)} ${n(ly)}`;
    for (let x = lx; x < lx + len; x += 22) d += ` q11 ${n(rng.range(-9, 9))} 22 0`;
    out.push(`<path d="${d}" stroke="#e8e8e0" stroke-width="4" fill="none" opacity=".75"/>`);
  }
  // banner above the blackboard
  if (rng.chance(0.9)) out.push(banner(p.banner, bx - 30, 150, bw + 60, 84));
  else
    out.push(
      `<rect x="${n(w / 2 - 60)}" y="150" width="120" height="80" fill="#de2910"/><polygon points="${star(w / 2 - 40, 172, 14)}" fill="#ffde00"/>`,
    );
  // lectern and the elder at the front
  const lx = rng.chance(0.5) ? bx + bw - 130 : bx + 40;
  const elder = makeElder(rng, pal.season);
  elder.raise = rng.chance(0.6) ? (lx > w / 2 ? 'left' : 'right') : 'none';
  const ex = lx > w / 2 ? lx - 60 : lx + 190;
  out.push(drawFigure(elder, ex, floorY + 40, 1.3));
  out.push(
    `<path d="M${n(lx)} ${floorY - 120} L${n(lx + 150)} ${floorY - 120} L${n(lx + 135)} ${floorY + 40} L${n(lx + 15)} ${floorY + 40} Z" fill="#8d5b3f"/><rect x="${n(lx - 10)}" y="${floorY - 132}" width="170" height="18" fill="#6d4530"/>`,
  );
  out.push(`<rect x="${n(lx + 30)}" y="${floorY - 90}" width="90" height="52" fill="#c62828"/>`);
  // pupils at desks, seen from behind: desk (further away), child, then the chair back in front
  const rows: Array<[number, number]> = [
    [880, 1.0],
    [1010, 1.3],
    [1165, 1.7],
  ];
  rows.forEach(([seat, s], ri) => {
    const cols = ri === 2 ? 3 : 4;
    const span = w * (ri === 2 ? 1.12 : 0.92);
    const k = s * 0.9;
    for (let c = 0; c < cols; c++) {
      const x = w / 2 + (c - (cols - 1) / 2) * (span / cols) + (ri % 2 ? 34 : -34);
      const dw = 150 * s;
      const deskTop = seat - CHILD_BODY.torsoH * k * 0.55;
      out.push(
        `<rect x="${n(x - dw / 2 + 8 * s)}" y="${n(deskTop + 10 * s)}" width="${n(dw - 16 * s)}" height="${n(46 * s)}" fill="#b98b5c"/>`,
      );
      out.push(`<rect x="${n(x - dw / 2)}" y="${n(deskTop)}" width="${n(dw)}" height="${n(11 * s)}" fill="#dcb887"/>`);
      for (const side of [-1, 1]) {
        const kid = makeChild(rng, pal.season);
        kid.back = true;
        kid.raise = rng.chance(0.12) ? (side < 0 ? 'left' : 'right') : 'none';
        const kx = x + side * dw * 0.25;
        out.push(drawFigure(kid, kx, seat + CHILD_BODY.legH * k, k, { shadow: false, seated: true }));
        const chair = '#3d6fa5';
        out.push(
          `<rect x="${n(kx - 22 * s)}" y="${n(seat - 16 * s)}" width="${n(44 * s)}" height="${n(14 * s)}" rx="${n(4 * s)}" fill="${chair}"/>`,
        );
        out.push(
          `<rect x="${n(kx - 21 * s)}" y="${n(seat - 16 * s)}" width="${n(5 * s)}" height="${n(70 * s)}" fill="${shade(chair, 0.15)}"/><rect x="${n(kx + 16 * s)}" y="${n(seat - 16 * s)}" width="${n(5 * s)}" height="${n(70 * s)}" fill="${shade(chair, 0.15)}"/>`,
        );
      }
    }
  });
  return out.join('');
}

function sceneMeeting(p: SceneParams): string {
  const { rng, pal, w, h } = p;
  const floorY = 780;
  const out: string[] = [];
  const hall = rng.chance(0.5);
  const wall = hall ? '#f1e9dc' : rng.pick(['#ece8e0', '#e8ecef', '#efe9df']);
  out.push(`<rect width="${w}" height="${floorY}" fill="${wall}"/>`);
  out.push(`<rect y="${floorY}" width="${w}" height="${h - floorY}" fill="${hall ? '#8e3b35' : '#a98c6d'}"/>`);
  if (hall) {
    // stage backdrop and red curtains
    out.push(`<rect x="150" y="80" width="${w - 300}" height="${floorY - 80}" fill="#1f4e8c"/>`);
    out.push(`<rect x="150" y="80" width="${w - 300}" height="${floorY - 80}" fill="#ffffff" opacity=".06"/>`);
    for (const side of [0, 1]) {
      const x0 = side ? w - 230 : 0;
      out.push(`<rect x="${x0}" y="0" width="230" height="${floorY}" fill="#a3141c"/>`);
      for (let i = 0; i < 6; i++)
        out.push(`<rect x="${x0 + 12 + i * 38}" y="0" width="14" height="${floorY}" fill="#7f0f16" opacity=".55"/>`);
    }
    out.push(`<rect width="${w}" height="70" fill="#a3141c"/>`);
    for (let i = 0; i < 24; i++)
      out.push(`<path d="M${i * 70} 70 Q${i * 70 + 35} 110 ${i * 70 + 70} 70 Z" fill="#8d1118"/>`);
    out.push(banner(p.banner, 260, 150, w - 520, 96));
  } else {
    out.push(
      `<rect y="${floorY - 160}" width="${w}" height="160" fill="#b58b66"/><rect y="${floorY - 166}" width="${w}" height="8" fill="#8d6748"/>`,
    );
    out.push(windowView(p, 60, 180, 240, 360, 'mwinL'));
    out.push(windowView(p, w - 300, 180, 240, 360, 'mwinR'));
    for (const cx of [40, w - 40 - 280])
      out.push(
        `<rect x="${cx}" y="160" width="40" height="420" fill="#b0413e" opacity=".9"/><rect x="${cx + 240}" y="160" width="40" height="420" fill="#b0413e" opacity=".9"/>`,
      );
    out.push(banner(p.banner, 340, 120, w - 680, 90));
    out.push(
      `<rect x="${w / 2 - 220}" y="270" width="440" height="250" fill="#fafafa" stroke="#9e9e9e" stroke-width="6"/>`,
    );
    // projected slide: a heading and bullet lines
    const t = allText(p.ctx);
    const heading = /表彰/.test(t)
      ? '表彰先进'
      : /培训/.test(t)
        ? '业务培训'
        : /推进|部署|调度|动员/.test(t)
          ? '工作部署'
          : /座谈|交流|研讨/.test(t)
            ? '座谈交流'
            : '工作交流';
    out.push(`<rect x="${w / 2 - 214}" y="276" width="428" height="64" fill="#1f5aa6"/>`);
    out.push(label(heading, w / 2, 308, 38, '#ffffff', { spacing: 4 }));
    for (let i = 0; i < 4; i++) {
      out.push(
        `<circle cx="${w / 2 - 170}" cy="${380 + i * 36}" r="7" fill="#1f5aa6"/><rect x="${w / 2 - 150}" y="${374 + i * 36}" width="${n(rng.range(200, 330))}" height="12" rx="6" fill="#b0bec5"/>`,
      );
    }
  }
  // presidium: seated people behind a long table
  const tableY = 640;
  const seats = rng.int(5, 7);
  const tw = Math.min(w - 360, seats * 190);
  const tx = w / 2 - tw / 2;
  const seated = 0.95;
  for (let i = 0; i < seats; i++) {
    const x = tx + (i + 0.5) * (tw / seats);
    const f = rng.chance(0.75) ? makeElder(rng, pal.season) : makeAdult(rng);
    f.vest = null;
    out.push(drawFigure(f, x, tableY + 150 * seated, seated, { shadow: false }));
  }
  const cloth = rng.pick(['#2e6b4f', '#a4161a', '#1f4e8c']);
  out.push(`<rect x="${n(tx - 30)}" y="${tableY}" width="${n(tw + 60)}" height="20" fill="#ffffff"/>`);
  out.push(
    `<rect x="${n(tx - 30)}" y="${tableY + 20}" width="${n(tw + 60)}" height="${floorY - tableY - 10}" fill="${cloth}"/>`,
  );
  for (let x = tx - 20; x < tx + tw + 30; x += 26)
    out.push(
      `<rect x="${n(x)}" y="${tableY + 20}" width="8" height="${floorY - tableY - 10}" fill="#000" opacity=".12"/>`,
    );
  for (let i = 0; i < seats; i++) {
    const x = tx + (i + 0.5) * (tw / seats);
    out.push(
      `<path d="M${n(x - 40)} ${tableY + 6} L${n(x - 36)} ${tableY - 30} L${n(x + 36)} ${tableY - 30} L${n(x + 40)} ${tableY + 6} Z" fill="#fff" stroke="#ddd"/><rect x="${n(x - 24)}" y="${tableY - 18}" width="48" height="8" fill="#c62828"/>`,
    );
    out.push(
      `<path d="M${n(x + 55)} ${tableY + 4} L${n(x + 58)} ${tableY - 26} L${n(x + 80)} ${tableY - 26} L${n(x + 83)} ${tableY + 4} Z" fill="#fafafa" stroke="#ccc"/><rect x="${n(x + 55)}" y="${tableY - 32}" width="28" height="7" rx="3" fill="#e0e0e0"/>`,
    );
    out.push(
      `<line x1="${n(x - 55)}" y1="${tableY + 2}" x2="${n(x - 30)}" y2="${tableY - 55}" stroke="#222" stroke-width="4"/><ellipse cx="${n(x - 30)}" cy="${tableY - 58}" rx="6" ry="9" fill="#222"/>`,
    );
  }
  // flower pots along the front
  for (let x = tx; x < tx + tw; x += 110) {
    const fy = floorY + 20;
    out.push(
      `<path d="M${n(x)} ${fy - 30} L${n(x + 60)} ${fy - 30} L${n(x + 52)} ${fy + 10} L${n(x + 8)} ${fy + 10} Z" fill="#8d6e63"/>`,
    );
    out.push(`<ellipse cx="${n(x + 30)}" cy="${fy - 48}" rx="50" ry="28" fill="#4e8d3e"/>`);
    for (let i = 0; i < 6; i++)
      out.push(
        `<circle cx="${n(x + 30 + rng.range(-38, 38))}" cy="${n(fy - 50 + rng.range(-16, 12))}" r="${n(rng.range(7, 11))}" fill="${rng.pick(['#ffd54f', '#ef5350', '#ff8a65'])}"/>`,
      );
  }
  // audience, seen from behind
  const rows: Array<[number, number]> = [
    [1060, 1.55],
    [1270, 2.0],
  ];
  rows.forEach(([ry, s], ri) => {
    const count = ri ? 5 : 7;
    for (let i = 0; i < count; i++) {
      const f = rng.chance(0.7) ? makeElder(rng, pal.season) : makeAdult(rng);
      f.back = true;
      f.vest = null;
      const x = w / 2 + (i - (count - 1) / 2) * (w / (count - 0.5)) + rng.range(-15, 15);
      out.push(drawFigure(f, x, ry + 120 * s, s, { shadow: false }));
      out.push(
        `<rect x="${n(x - 60 * s)}" y="${n(ry - 20 * s)}" width="${n(120 * s)}" height="${n(80 * s)}" rx="${n(10 * s)}" fill="${hall ? '#7b1f24' : '#37474f'}"/>`,
      );
    }
  });
  return out.join('');
}

function sceneVisit(p: SceneParams): string {
  const { rng, pal, w, h } = p;
  const horizon = 700;
  const baseY = 830;
  const out: string[] = [skyAndSun(pal, rng, w, horizon), hills(pal, rng, w, horizon), ground(p, horizon)];
  const cx = w / 2 + rng.range(-200, 200);
  for (let i = 0; i < 5; i++)
    out.push(
      tree(
        pal,
        rng,
        rng.chance(0.5) ? rng.range(0, cx - 380) : rng.range(cx + 380, w),
        baseY - rng.range(10, 40),
        rng.range(0.8, 1.1),
      ),
    );
  out.push(ruralHouse(pal, rng, cx, baseY));
  out.push(
    `<path d="M${n(cx - 420)} ${baseY} L${n(cx + 420)} ${baseY} L${w + 200} ${h} L-200 ${h} Z" fill="${pal.snow ? '#e4e6e4' : '#d8cdb5'}"/>`,
  );
  out.push(grassTufts(pal, rng, 0, w, horizon + 10, h, 90));
  // a low courtyard wall
  out.push(
    `<rect x="0" y="${baseY - 60}" width="${n(cx - 420)}" height="70" fill="#e8e2d6"/><rect x="${n(cx + 420)}" y="${baseY - 60}" width="${n(w - cx - 420)}" height="70" fill="#e8e2d6"/>`,
  );
  const placed: Placed[] = [];
  // the visiting elders, the child and grandparent in the middle, gifts
  const gy = rng.range(1080, 1130);
  const mid = w / 2 + rng.range(-80, 80);
  const s = 1.45;
  const visitor = makeElder(rng, pal.season);
  visitor.raise = 'none';
  placed.push({ y: gy, svg: drawFigure(visitor, mid - 220, gy, s) });
  const visitor2 = rng.chance(0.6) ? makeElder(rng, pal.season) : makeAdult(rng);
  placed.push({ y: gy - 40, svg: drawFigure(visitor2, mid - 380, gy - 40, s * 0.95) });
  const grandma = makeElder(rng, pal.season, 'f');
  grandma.vest = null;
  placed.push({ y: gy - 20, svg: drawFigure(grandma, mid + 200, gy - 20, s) });
  const kid = makeChild(rng, pal.season);
  placed.push({ y: gy + 10, svg: drawFigure(kid, mid, gy + 10, s) });
  // gift bag and a bag of rice / box of milk at their feet
  placed.push({
    y: gy + 20,
    svg:
      `<rect x="${n(mid - 150)}" y="${n(gy - 150)}" width="70" height="84" rx="6" fill="#d32f2f"/><path d="M${n(mid - 138)} ${n(gy - 150)} Q${n(mid - 115)} ${n(gy - 190)} ${n(mid - 92)} ${n(gy - 150)}" stroke="#b71c1c" stroke-width="6" fill="none"/>` +
      `<rect x="${n(mid + 60)}" y="${n(gy - 70)}" width="110" height="80" fill="#f5f0e1" stroke="#c9bfa6" stroke-width="3"/>${label('大米', mid + 115, gy - 32, 30, '#c62828')}` +
      `<rect x="${n(mid - 340)}" y="${n(gy - 60)}" width="90" height="70" fill="#2e7d32"/>${label('牛奶', mid - 295, gy - 25, 26, '#ffffff')}`,
  });
  out.push(renderPlaced(placed));
  return out.join('');
}

function sceneMemorial(p: SceneParams): string {
  const { rng, pal, w, h } = p;
  const horizon = 740;
  const out: string[] = [skyAndSun(pal, rng, w, horizon), hills(pal, rng, w, horizon), ground(p, horizon)];
  const cx = w / 2;
  // rows of pines behind
  for (let i = 0; i < 12; i++) {
    const side = i % 2 ? 1 : -1;
    const x = cx + side * rng.range(240, 760);
    const c = shade(pal.trees[0]!, pal.season === 'autumn' ? 0.55 : 0.35);
    const s = rng.range(0.8, 1.2);
    out.push(
      `<g transform="translate(${n(x)} ${horizon + 40}) scale(${s.toFixed(2)})"><rect x="-7" y="-40" width="14" height="40" fill="${pal.trunk}"/><ellipse cx="0" cy="-170" rx="55" ry="150" fill="${c}"/><ellipse cx="-14" cy="-200" rx="22" ry="90" fill="${tint(c, 0.12)}" opacity=".6"/></g>`,
    );
  }
  // steps
  const stone = '#d9d7cf';
  for (let i = 0; i < 4; i++) {
    const sw = 900 - i * 130;
    const sy = 900 - i * 38;
    out.push(
      `<rect x="${n(cx - sw / 2)}" y="${sy}" width="${sw}" height="38" fill="${shade(stone, i * 0.04)}"/><rect x="${n(cx - sw / 2)}" y="${sy}" width="${sw}" height="6" fill="#fff" opacity=".5"/>`,
    );
  }
  // column with inscription
  const colW = 170;
  const colTop = 150;
  const colBase = 786;
  out.push(
    `<rect x="${n(cx - colW / 2 - 40)}" y="${colBase - 80}" width="${colW + 80}" height="80" fill="${shade(stone, 0.08)}"/>`,
  );
  out.push(
    `<path d="M${n(cx - colW / 2)} ${colBase - 80} L${n(cx - colW / 2 + 14)} ${colTop} L${n(cx + colW / 2 - 14)} ${colTop} L${n(cx + colW / 2)} ${colBase - 80} Z" fill="${stone}"/>`,
  );
  out.push(
    `<path d="M${n(cx + colW / 2 - 40)} ${colBase - 80} L${n(cx + colW / 2 - 30)} ${colTop} L${n(cx + colW / 2 - 14)} ${colTop} L${n(cx + colW / 2)} ${colBase - 80} Z" fill="#000" opacity=".08"/>`,
  );
  out.push(
    `<path d="M${n(cx - colW / 2 + 8)} ${colTop} L${n(cx)} ${colTop - 80} L${n(cx + colW / 2 - 8)} ${colTop} Z" fill="${shade(stone, 0.05)}"/>`,
  );
  out.push(`<polygon points="${star(cx, colTop - 40, 24)}" fill="#d32f2f"/>`);
  const words = '革命烈士永垂不朽';
  [...words].forEach((ch, i) => out.push(label(ch, cx, colTop + 52 + i * 52, 44, '#b8860b')));
  // wreath
  const wy = 850;
  out.push(
    `<line x1="${n(cx - 40)}" y1="${wy + 80}" x2="${n(cx - 10)}" y2="${wy}" stroke="#6d4c41" stroke-width="6"/><line x1="${n(cx + 40)}" y1="${wy + 80}" x2="${n(cx + 10)}" y2="${wy}" stroke="#6d4c41" stroke-width="6"/>`,
  );
  out.push(`<circle cx="${n(cx)}" cy="${wy}" r="70" fill="none" stroke="#3f7f3f" stroke-width="34"/>`);
  for (let i = 0; i < 18; i++) {
    const a = (i / 18) * Math.PI * 2;
    out.push(
      `<circle cx="${n(cx + Math.cos(a) * 70)}" cy="${n(wy + Math.sin(a) * 70)}" r="10" fill="${i % 3 ? '#ffffff' : '#ffd54f'}"/>`,
    );
  }
  out.push(
    `<path d="M${n(cx - 30)} ${wy + 60} L${n(cx - 50)} ${wy + 150} L${n(cx - 20)} ${wy + 140} Z M${n(cx + 30)} ${wy + 60} L${n(cx + 50)} ${wy + 150} L${n(cx + 20)} ${wy + 140} Z" fill="#d32f2f"/>`,
  );
  out.push(grassTufts(pal, rng, 0, w, horizon + 10, h, 90));
  const placed: Placed[] = [];
  const people = crowd(p, { x0: 220, x1: w - 220, y0: 960, y1: 1140 }, 'photo', [0.85, 1.1]);
  placed.push(...people);
  placed.push({
    y: 920,
    svg: bannerOnPoles(p.banner, cx - 430, 930, 860, 74, Math.min(612, headsTop(people) - 74 - 20)),
  });
  out.push(renderPlaced(placed));
  return out.join('');
}

// ───────────────────────────── portrait ─────────────────────────────

const CATEGORY_TINT: Record<string, [string, string]> = {
  老干部: ['#dfe8f2', '#a9bed6'],
  老战士: ['#e3ead8', '#a9b98f'],
  老专家: ['#dcefee', '#9cc9c6'],
  老教师: ['#f7ead6', '#e2bf8f'],
  老模范: ['#f8e1df', '#e0a29c'],
};

function portrait(ctx: ImageContext, rng: Rng, w: number, h: number): string {
  const [bgLight, bgDark] = CATEGORY_TINT[ctx.category ?? ''] ?? rng.pick(Object.values(CATEGORY_TINT));
  const gender: 'm' | 'f' = ctx.gender === '男' ? 'm' : ctx.gender === '女' ? 'f' : rng.chance(0.5) ? 'm' : 'f';
  const skin = rng.pick(SKINS);
  const skinShade = shade(skin, 0.12);
  const hair = rng.pick(GREY_HAIR);
  const hairShade = shade(hair, 0.14);
  const cat = ctx.category ?? '';
  const out: string[] = [];
  out.push(
    `<defs><radialGradient id="bg" cx=".5" cy=".38" r=".8"><stop offset="0" stop-color="${bgLight}"/><stop offset="1" stop-color="${bgDark}"/></radialGradient>`,
  );
  out.push(
    `<filter id="soft" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="14"/></filter>`,
  );
  out.push(
    `<radialGradient id="face" cx=".45" cy=".4" r=".7"><stop offset="0" stop-color="${tint(skin, 0.12)}"/><stop offset="1" stop-color="${skin}"/></radialGradient></defs>`,
  );
  out.push(`<rect width="${w}" height="${h}" fill="url(#bg)"/>`);
  // soft, out-of-focus backdrop
  const bgp: string[] = [];
  if (/老教师|老专家/.test(cat) || rng.chance(0.3)) {
    // bookshelf
    const sx = rng.chance(0.5) ? -40 : w - 420;
    bgp.push(`<rect x="${sx}" y="120" width="460" height="1100" fill="${shade(bgDark, 0.25)}"/>`);
    for (let r = 0; r < 5; r++) {
      const y = 150 + r * 210;
      let x = sx + 20;
      while (x < sx + 430) {
        const bw = rng.range(22, 46);
        const bh = rng.range(120, 180);
        bgp.push(
          `<rect x="${n(x)}" y="${n(y + 190 - bh)}" width="${n(bw)}" height="${n(bh)}" fill="${rng.pick(['#c0504d', '#4f81bd', '#9bbb59', '#f4b183', '#8064a2', '#f2f2f2', '#4bacc6'])}" opacity=".8"/>`,
        );
        x += bw + 4;
      }
      bgp.push(`<rect x="${sx}" y="${y + 190}" width="460" height="18" fill="${shade(bgDark, 0.4)}"/>`);
    }
  } else if (/老干部/.test(cat) || rng.chance(0.5)) {
    // window with light
    const sx = rng.chance(0.5) ? 40 : w - 440;
    bgp.push(
      `<rect x="${sx}" y="160" width="400" height="560" fill="#ffffff" opacity=".75"/><path d="M${sx + 200} 160 V720 M${sx} 440 H${sx + 400}" stroke="${bgDark}" stroke-width="18"/>`,
    );
    // a potted plant on the sill
    const px = sx + (sx < w / 2 ? 300 : 100);
    for (let i = 0; i < 7; i++)
      bgp.push(
        `<ellipse cx="${n(px + rng.range(-60, 60))}" cy="${n(rng.range(560, 660))}" rx="34" ry="70" fill="${rng.pick(['#5b9a48', '#6aa84f', '#4f8a3e'])}" transform="rotate(${n(rng.range(-35, 35))} ${n(px)} 690)"/>`,
      );
    bgp.push(`<path d="M${px - 55} 680 L${px + 55} 680 L${px + 42} 780 L${px - 42} 780 Z" fill="#b5653d"/>`);
  }
  for (let i = 0; i < 10; i++)
    bgp.push(
      `<circle cx="${n(rng.range(0, w))}" cy="${n(rng.range(0, h * 0.7))}" r="${n(rng.range(30, 110))}" fill="#ffffff" opacity="${rng.range(0.12, 0.3).toFixed(2)}"/>`,
    );
  if (/老战士/.test(cat))
    bgp.push(
      `<rect x="${w - 360}" y="120" width="300" height="200" fill="#d32f2f" opacity=".55"/><polygon points="${star(w - 300, 180, 34)}" fill="#ffde00" opacity=".7"/>`,
    );
  out.push(`<g filter="url(#soft)">${bgp.join('')}</g>`);

  const cx = w / 2 + rng.range(-30, 30);
  const hy = 640;
  const headScale = 1.14;
  const rx = 200;
  const ry = 240;
  // clothes
  const coats =
    gender === 'm'
      ? ['#33475b', '#5d5d6e', '#6b4f3a', '#44546a', '#7a6a4f', '#2f4858']
      : ['#8e3b46', '#6d4c8d', '#c96f53', '#2f6f7a', '#a0522d', '#4a6fa5', '#b5485d'];
  let coat = rng.pick(coats);
  if (/老战士/.test(cat)) coat = '#5b6b3a';
  const coatDark = shade(coat, 0.18);
  const shoulderY = 1060;
  out.push(
    `<path d="M${n(cx - 560)} ${h} C${n(cx - 540)} ${n(shoulderY + 40)} ${n(cx - 420)} ${n(shoulderY - 30)} ${n(cx - 180)} ${n(shoulderY - 60)} L${n(cx + 180)} ${n(shoulderY - 60)} C${n(cx + 420)} ${n(shoulderY - 30)} ${n(cx + 540)} ${n(shoulderY + 40)} ${n(cx + 560)} ${h} Z" fill="${coat}"/>`,
  );
  // neck
  out.push(
    `<path d="M${n(cx - 95)} ${hy + 150} L${n(cx - 100)} ${n(shoulderY - 20)} Q${n(cx)} ${n(shoulderY + 40)} ${n(cx + 100)} ${n(shoulderY - 20)} L${n(cx + 95)} ${hy + 150} Z" fill="${skinShade}"/>`,
  );
  const style =
    /老干部/.test(cat) && gender === 'm'
      ? 'zhongshan'
      : /老战士/.test(cat)
        ? 'uniform'
        : rng.pick(['cardigan', 'jacket', 'shirt'] as const);
  const shirt = rng.pick(['#ffffff', '#eaf1f8', '#f4efe6', '#dfe9f3']);
  if (style === 'zhongshan' || style === 'uniform') {
    // closed stand collar, buttons, pockets
    out.push(
      `<path d="M${n(cx - 130)} ${n(shoulderY - 70)} Q${n(cx)} ${n(shoulderY + 10)} ${n(cx + 130)} ${n(shoulderY - 70)} L${n(cx + 120)} ${n(shoulderY + 10)} Q${n(cx)} ${n(shoulderY + 90)} ${n(cx - 120)} ${n(shoulderY + 10)} Z" fill="${coatDark}"/>`,
    );
    out.push(
      `<line x1="${n(cx)}" y1="${n(shoulderY + 60)}" x2="${n(cx)}" y2="${h}" stroke="${coatDark}" stroke-width="6"/>`,
    );
    for (let i = 0; i < 3; i++)
      out.push(`<circle cx="${n(cx + 18)}" cy="${n(shoulderY + 110 + i * 110)}" r="12" fill="${shade(coat, 0.35)}"/>`);
    for (const side of [-1, 1])
      out.push(
        `<rect x="${n(cx + side * 190 - 75)}" y="${n(shoulderY + 130)}" width="150" height="130" rx="8" fill="none" stroke="${coatDark}" stroke-width="6"/><path d="M${n(cx + side * 190 - 80)} ${n(shoulderY + 125)} H${n(cx + side * 190 + 80)} L${n(cx + side * 190 + 70)} ${n(shoulderY + 170)} L${n(cx + side * 190 - 70)} ${n(shoulderY + 170)} Z" fill="${coatDark}"/>`,
      );
    if (style === 'uniform') {
      // medals on the left chest (viewer's right)
      for (let i = 0; i < 3; i++) {
        const mx = cx + 140 + i * 55;
        const my = shoulderY + 90;
        out.push(
          `<rect x="${n(mx - 18)}" y="${n(my - 30)}" width="36" height="30" fill="${['#d32f2f', '#f9a825', '#1565c0'][i]}"/><circle cx="${n(mx)}" cy="${n(my + 20)}" r="20" fill="#e0b23a"/><polygon points="${star(mx, my + 20, 14)}" fill="#c62828"/>`,
        );
      }
    }
  } else {
    // open collar: shirt V, lapels
    out.push(
      `<path d="M${n(cx - 150)} ${n(shoulderY - 70)} L${n(cx)} ${n(shoulderY + 170)} L${n(cx + 150)} ${n(shoulderY - 70)} Z" fill="${shirt}"/>`,
    );
    out.push(
      `<path d="M${n(cx - 110)} ${n(shoulderY - 78)} L${n(cx - 30)} ${n(shoulderY + 20)} L${n(cx - 120)} ${n(shoulderY + 10)} Z M${n(cx + 110)} ${n(shoulderY - 78)} L${n(cx + 30)} ${n(shoulderY + 20)} L${n(cx + 120)} ${n(shoulderY + 10)} Z" fill="${tint(shirt, 0.2)}" stroke="#d8d8d8" stroke-width="3"/>`,
    );
    if (style === 'jacket') {
      out.push(
        `<path d="M${n(cx - 200)} ${n(shoulderY - 55)} L${n(cx - 10)} ${n(shoulderY + 260)} L${n(cx - 10)} ${h} L${n(cx - 60)} ${h} L${n(cx - 260)} ${n(shoulderY + 40)} Z M${n(cx + 200)} ${n(shoulderY - 55)} L${n(cx + 10)} ${n(shoulderY + 260)} L${n(cx + 10)} ${h} L${n(cx + 60)} ${h} L${n(cx + 260)} ${n(shoulderY + 40)} Z" fill="${coatDark}"/>`,
      );
      if (gender === 'm' && rng.chance(0.5))
        out.push(
          `<path d="M${n(cx - 22)} ${n(shoulderY + 10)} L${n(cx + 22)} ${n(shoulderY + 10)} L${n(cx + 30)} ${n(shoulderY + 180)} L${n(cx)} ${n(shoulderY + 220)} L${n(cx - 30)} ${n(shoulderY + 180)} Z" fill="${rng.pick(['#9c2b2b', '#2b4c7e', '#6a4c93'])}"/>`,
        );
    } else if (style === 'cardigan') {
      out.push(
        `<path d="M${n(cx - 150)} ${n(shoulderY - 60)} L${n(cx - 4)} ${n(shoulderY + 240)} L${n(cx - 4)} ${h} M${n(cx + 150)} ${n(shoulderY - 60)} L${n(cx + 4)} ${n(shoulderY + 240)} L${n(cx + 4)} ${h}" stroke="${coatDark}" stroke-width="22" fill="none"/>`,
      );
      for (let i = 0; i < 2; i++)
        out.push(`<circle cx="${n(cx + 26)}" cy="${n(shoulderY + 280 + i * 70)}" r="11" fill="${tint(coat, 0.4)}"/>`);
      for (let i = 0; i < 12; i++)
        out.push(
          `<line x1="${n(cx - 520 + i * 90)}" y1="${n(shoulderY + 150)}" x2="${n(cx - 520 + i * 90)}" y2="${h}" stroke="${coatDark}" stroke-width="3" opacity=".35"/>`,
        );
    }
    if (gender === 'f' && rng.chance(0.5)) {
      for (let i = 0; i < 15; i++) {
        const t = i / 14;
        const px = cx - 120 + t * 240;
        const py = shoulderY - 55 + Math.sin(t * Math.PI) * 110;
        out.push(`<circle cx="${n(px)}" cy="${n(py)}" r="11" fill="#f4f1ea" stroke="#d6cfc0" stroke-width="2"/>`);
      }
    }
  }
  if (/老模范/.test(cat)) {
    out.push(
      `<circle cx="${n(cx - 250)}" cy="${n(shoulderY + 120)}" r="52" fill="#e53935"/><circle cx="${n(cx - 250)}" cy="${n(shoulderY + 120)}" r="30" fill="#c62828"/><path d="M${n(cx - 270)} ${n(shoulderY + 160)} L${n(cx - 290)} ${n(shoulderY + 260)} L${n(cx - 255)} ${n(shoulderY + 240)} Z M${n(cx - 230)} ${n(shoulderY + 160)} L${n(cx - 210)} ${n(shoulderY + 260)} L${n(cx - 245)} ${n(shoulderY + 240)} Z" fill="#e53935"/>`,
    );
  }

  // the head, drawn at 100 % and scaled up around its centre
  out.push(`<g transform="translate(${n(cx)} ${hy}) scale(${headScale}) translate(${n(-cx)} ${-hy})">`);
  // hair behind the head
  const hairStyle = rng.int(0, 2);
  if (gender === 'f') {
    if (hairStyle === 0)
      out.push(
        `<path d="M${n(cx - 245)} ${hy + 200} Q${n(cx - 290)} ${hy - 290} ${n(cx)} ${hy - 295} Q${n(cx + 290)} ${hy - 290} ${n(cx + 245)} ${hy + 200} Q${n(cx)} ${hy + 250} ${n(cx - 245)} ${hy + 200} Z" fill="${hairShade}"/>`,
      );
    if (hairStyle === 2) out.push(`<circle cx="${n(cx)}" cy="${hy - 270}" r="95" fill="${hairShade}"/>`);
  }
  // ears
  for (const side of [-1, 1])
    out.push(
      `<ellipse cx="${n(cx + side * (rx - 8))}" cy="${hy + 30}" rx="40" ry="62" fill="${skinShade}"/><ellipse cx="${n(cx + side * (rx - 4))}" cy="${hy + 30}" rx="20" ry="36" fill="${shade(skin, 0.2)}" opacity=".4"/>`,
    );
  // face
  out.push(
    `<path d="M${n(cx - rx)} ${hy - 40} Q${n(cx - rx)} ${hy - ry} ${n(cx)} ${hy - ry} Q${n(cx + rx)} ${hy - ry} ${n(cx + rx)} ${hy - 40} Q${n(cx + rx)} ${hy + 150} ${n(cx + 110)} ${hy + 205} Q${n(cx)} ${hy + 260} ${n(cx - 110)} ${hy + 205} Q${n(cx - rx)} ${hy + 150} ${n(cx - rx)} ${hy - 40} Z" fill="url(#face)"/>`,
  );
  // wrinkles
  const line = shade(skin, 0.22);
  out.push(`<g stroke="${line}" stroke-width="5" fill="none" stroke-linecap="round" opacity=".55">`);
  out.push(
    `<path d="M${n(cx - 90)} ${hy - 150} Q${n(cx)} ${hy - 170} ${n(cx + 90)} ${hy - 150}"/><path d="M${n(cx - 70)} ${hy - 120} Q${n(cx)} ${hy - 135} ${n(cx + 70)} ${hy - 120}"/>`,
  );
  out.push(
    `<path d="M${n(cx - 175)} ${hy - 10} l-22 -10 M${n(cx - 175)} ${hy + 6} l-24 4 M${n(cx + 175)} ${hy - 10} l22 -10 M${n(cx + 175)} ${hy + 6} l24 4"/>`,
  );
  out.push(
    `<path d="M${n(cx - 70)} ${hy + 70} Q${n(cx - 105)} ${hy + 120} ${n(cx - 90)} ${hy + 165}"/><path d="M${n(cx + 70)} ${hy + 70} Q${n(cx + 105)} ${hy + 120} ${n(cx + 90)} ${hy + 165}"/></g>`,
  );
  // eyes, brows
  const ey = hy - 20;
  const ex = 82;
  const brow = shade(hair, 0.3);
  const smiling = rng.chance(0.6);
  for (const side of [-1, 1]) {
    const x = cx + side * ex;
    out.push(
      `<path d="M${n(x - side * 52)} ${ey - 58} Q${n(x)} ${ey - 82} ${n(x + side * 55)} ${ey - 60}" stroke="${brow}" stroke-width="16" fill="none" stroke-linecap="round"/>`,
    );
    if (smiling) {
      out.push(
        `<path d="M${n(x - 36)} ${ey + 6} Q${n(x)} ${ey - 26} ${n(x + 36)} ${ey + 6}" stroke="#3a2a22" stroke-width="9" fill="none" stroke-linecap="round"/>`,
      );
    } else {
      out.push(
        `<ellipse cx="${n(x)}" cy="${ey}" rx="30" ry="20" fill="#fbfaf7"/><circle cx="${n(x)}" cy="${ey}" r="16" fill="#3a2a22"/><circle cx="${n(x + 5)}" cy="${ey - 5}" r="5" fill="#fff"/>`,
      );
      out.push(
        `<path d="M${n(x - 34)} ${ey - 8} Q${n(x)} ${ey - 30} ${n(x + 34)} ${ey - 8}" stroke="${shade(skin, 0.35)}" stroke-width="6" fill="none" stroke-linecap="round"/>`,
      );
    }
  }
  // nose, mouth, cheeks
  out.push(
    `<path d="M${n(cx - 8)} ${hy + 10} Q${n(cx - 30)} ${hy + 80} ${n(cx - 20)} ${hy + 92} Q${n(cx)} ${hy + 106} ${n(cx + 26)} ${hy + 92}" stroke="${shade(skin, 0.28)}" stroke-width="7" fill="none" stroke-linecap="round"/>`,
  );
  if (rng.chance(0.6)) {
    out.push(
      `<path d="M${n(cx - 70)} ${hy + 140} Q${n(cx)} ${hy + 215} ${n(cx + 70)} ${hy + 140} Q${n(cx)} ${hy + 160} ${n(cx - 70)} ${hy + 140} Z" fill="#8c3b36"/>`,
    );
    out.push(
      `<path d="M${n(cx - 56)} ${hy + 148} Q${n(cx)} ${hy + 162} ${n(cx + 56)} ${hy + 148} L${n(cx + 50)} ${hy + 165} Q${n(cx)} ${hy + 176} ${n(cx - 50)} ${hy + 165} Z" fill="#fbfaf5"/>`,
    );
  } else {
    out.push(
      `<path d="M${n(cx - 65)} ${hy + 145} Q${n(cx)} ${hy + 190} ${n(cx + 65)} ${hy + 145}" stroke="#8c3b36" stroke-width="10" fill="none" stroke-linecap="round"/>`,
    );
  }
  out.push(
    `<ellipse cx="${n(cx - 125)}" cy="${hy + 95}" rx="44" ry="26" fill="#ee8a80" opacity=".3"/><ellipse cx="${n(cx + 125)}" cy="${hy + 95}" rx="44" ry="26" fill="#ee8a80" opacity=".3"/>`,
  );
  // glasses
  if (rng.chance(0.5)) {
    const frame = rng.pick(['#3b3b3b', '#7a5230', '#b08d57']);
    const round = rng.chance(0.5);
    out.push(`<g stroke="${frame}" stroke-width="9" fill="#ffffff" fill-opacity=".12">`);
    for (const side of [-1, 1]) {
      const x = cx + side * ex;
      out.push(
        round
          ? `<circle cx="${n(x)}" cy="${ey}" r="58"/>`
          : `<rect x="${n(x - 64)}" y="${ey - 44}" width="128" height="90" rx="22"/>`,
      );
    }
    out.push(
      `<path d="M${n(cx - ex + (round ? 58 : 64))} ${ey - 6} Q${n(cx)} ${ey - 24} ${n(cx + ex - (round ? 58 : 64))} ${ey - 6}" fill="none"/><path d="M${n(cx - ex - (round ? 58 : 64))} ${ey - 6} L${n(cx - rx + 4)} ${ey - 20} M${n(cx + ex + (round ? 58 : 64))} ${ey - 6} L${n(cx + rx - 4)} ${ey - 20}" fill="none"/></g>`,
    );
  }
  // hair in front
  const top = hy - ry;
  if (gender === 'm') {
    if (hairStyle === 0) {
      out.push(
        `<path d="M${n(cx - rx - 10)} ${hy} Q${n(cx - rx - 25)} ${top - 40} ${n(cx)} ${top - 45} Q${n(cx + rx + 25)} ${top - 40} ${n(cx + rx + 10)} ${hy} Q${n(cx + rx - 10)} ${hy - 110} ${n(cx + 120)} ${hy - 150} Q${n(cx + 40)} ${top + 30} ${n(cx - 140)} ${hy - 160} Q${n(cx - rx)} ${hy - 110} ${n(cx - rx - 10)} ${hy} Z" fill="${hair}"/>`,
      );
      for (let i = 0; i < 8; i++)
        out.push(
          `<path d="M${n(cx - 150 + i * 40)} ${top - 10} q20 25 40 50" stroke="${hairShade}" stroke-width="5" fill="none" opacity=".6"/>`,
        );
    } else if (hairStyle === 1) {
      // receding: sides and back only
      for (const side of [-1, 1])
        out.push(
          `<path d="M${n(cx + side * (rx + 14))} ${hy + 20} Q${n(cx + side * (rx + 30))} ${hy - 160} ${n(cx + side * 110)} ${top + 20} Q${n(cx + side * 140)} ${hy - 90} ${n(cx + side * (rx - 16))} ${hy + 10} Z" fill="${hair}"/>`,
        );
      for (let i = 0; i < 3; i++)
        out.push(
          `<path d="M${n(cx - 90 + i * 10)} ${top + 30 - i * 6} Q${n(cx)} ${top - 4 - i * 4} ${n(cx + 100 - i * 8)} ${top + 26 - i * 4}" stroke="${hair}" stroke-width="4" fill="none" opacity=".75"/>`,
        );
    } else {
      out.push(
        `<path d="M${n(cx - rx - 8)} ${hy - 10} Q${n(cx - rx - 30)} ${top - 60} ${n(cx - 20)} ${top - 50} Q${n(cx + rx + 40)} ${top - 50} ${n(cx + rx + 8)} ${hy - 10} Q${n(cx + rx - 20)} ${hy - 120} ${n(cx + 60)} ${hy - 170} Q${n(cx - 120)} ${hy - 150} ${n(cx - rx - 8)} ${hy - 10} Z" fill="${hair}"/>`,
      );
      out.push(
        `<path d="M${n(cx - 100)} ${top - 30} Q${n(cx + 40)} ${top - 40} ${n(cx + 160)} ${top + 10}" stroke="${hairShade}" stroke-width="6" fill="none" opacity=".6"/>`,
      );
    }
  } else if (hairStyle === 1) {
    // short curls
    for (let i = 0; i < 17; i++) {
      const a = Math.PI * (0.95 + (i / 16) * 1.1);
      out.push(
        `<circle cx="${n(cx + Math.cos(a) * (rx + 10))}" cy="${n(hy - 20 + Math.sin(a) * (ry + 10))}" r="${n(rng.range(58, 72))}" fill="${i % 2 ? hair : tint(hair, 0.08)}"/>`,
      );
    }
    for (let i = 0; i < 8; i++)
      out.push(
        `<circle cx="${n(cx - 170 + i * 48)}" cy="${n(top + 30 + Math.abs(i - 3.5) * 14)}" r="44" fill="${hair}"/>`,
      );
  } else {
    out.push(
      `<path d="M${n(cx - rx - 30)} ${hy + 150} Q${n(cx - rx - 60)} ${top - 60} ${n(cx)} ${top - 60} Q${n(cx + rx + 60)} ${top - 60} ${n(cx + rx + 30)} ${hy + 150} Q${n(cx + rx + 5)} ${hy + 20} ${n(cx + rx - 10)} ${hy - 80} Q${n(cx + 80)} ${hy - 150} ${n(cx - 60)} ${hy - 180} Q${n(cx - rx + 20)} ${hy - 100} ${n(cx - rx - 5)} ${hy + 20} Q${n(cx - rx - 5)} ${hy + 80} ${n(cx - rx - 30)} ${hy + 150} Z" fill="${hair}"/>`,
    );
    out.push(
      `<path d="M${n(cx - 60)} ${top - 40} Q${n(cx + 60)} ${top - 20} ${n(cx + 170)} ${hy - 120}" stroke="${hairShade}" stroke-width="6" fill="none" opacity=".6"/>`,
    );
  }
  out.push('</g>');
  return out.join('');
}

// ───────────────────────────── rendering ─────────────────────────────

interface Rendered {
  data: Buffer;
  width: number;
  height: number;
  what: string;
}

async function renderImage(ctx: ImageContext, seedPath: string, format: 'jpeg' | 'png' | 'webp'): Promise<Rendered> {
  const rng = new Rng(hashSeed(seedPath));
  const isPortrait = ctx.role === 'portrait';
  const width = isPortrait ? 1200 : 1600;
  const height = isPortrait ? 1500 : 1200;
  let body: string;
  let what: string;
  if (isPortrait) {
    body = portrait(ctx, rng, width, height);
    what = `肖像${ctx.category ? `·${ctx.category}` : ''}${ctx.gender ? `·${ctx.gender}` : ''}`;
  } else {
    const { kind } = chooseScene(ctx);
    const pal = PALETTES[seasonOf(ctx.month, rng)];
    const params: SceneParams = { ctx, rng, pal, banner: bannerText(ctx.bannerTitle), w: width, h: height };
    const draw = {
      outdoor: sceneOutdoor,
      water: sceneWater,
      meeting: sceneMeeting,
      classroom: sceneClassroom,
      visit: sceneVisit,
      memorial: sceneMemorial,
    }[kind];
    body = draw(params);
    what = SCENE_NAMES[kind];
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
  const flat = sharp(Buffer.from(svg)).resize(width, height).flatten({ background: '#ffffff' }).removeAlpha();
  let image: Sharp;
  if (format === 'png') {
    // lossless target: no grain (it would only bloat the file), palette keeps it small
    image = flat.png({ compressionLevel: 9, palette: true, quality: 95 });
  } else {
    // A little sensor-like grain, so the file behaves like a photo (size, JPEG blocks) without looking noisy.
    const grain = Buffer.alloc(width * height);
    const grainRng = new Rng(hashSeed(`grain:${seedPath}`));
    const amp = isPortrait ? 34 : 26;
    for (let i = 0; i < grain.length; i++) grain[i] = 128 + Math.round((grainRng.next() + grainRng.next() - 1) * amp);
    const base = await flat.raw().toBuffer({ resolveWithObject: true });
    image = sharp(base.data, { raw: base.info })
      .composite([{ input: grain, raw: { width, height, channels: 1 }, blend: 'soft-light' }])
      .removeAlpha();
    image = format === 'jpeg' ? image.jpeg({ quality: 80, mozjpeg: true }) : image.webp({ quality: 80 });
  }
  const data = await image.toBuffer();
  return { data, width, height, what };
}

// ───────────────────────────── scanning content ─────────────────────────────

interface Target {
  abs: string;
  rel: string;
  ctx: ImageContext;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && /\.mdx?$/i.test(e.name)) out.push(full);
  }
  return out;
}

/** The YAML between the first two `---` lines, or null when the file has no frontmatter. */
function frontmatter(source: string): string | null {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return null;
  const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (end < 0) throw new Error('frontmatter has no closing --- line');
  return lines.slice(1, end).join('\n');
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function monthOf(date: unknown): number | null {
  if (date instanceof Date && !Number.isNaN(date.getTime())) return date.getUTCMonth() + 1;
  const m = typeof date === 'string' ? /^\d{4}-(\d{1,2})/.exec(date.trim()) : null;
  return m ? Number(m[1]) : null;
}

function loadPlaceNames(root: string): string[] {
  const names = new Set<string>();
  const add = (v: unknown) => {
    const s = str(v);
    if (!s) return;
    names.add(s);
    const stem = s.replace(/(镇|乡|村|社区|街道|农场|场|县)$/, '');
    if (stem.length >= 2 && stem !== s) names.add(stem);
  };
  try {
    const towns = parseYaml(readFileSync(contentPath(root, 'townships.yaml'), 'utf8'));
    if (Array.isArray(towns)) {
      for (const t of towns as Array<Record<string, unknown>>) {
        add(t['name']);
        if (Array.isArray(t['villages']))
          for (const v of t['villages'] as Array<Record<string, unknown>>) add(v?.['name']);
      }
    }
  } catch {
    /* registry is optional here */
  }
  try {
    const site = parseYaml(readFileSync(contentPath(root, 'site.yaml'), 'utf8')) as Record<
      string,
      unknown
    > | null;
    add(site?.['county']);
  } catch {
    /* optional */
  }
  return [...names].sort((a, b) => b.length - a.length);
}

interface ScanResult {
  targets: Map<string, Target>;
  errors: string[];
  skipped: string[];
}

async function scan(root: string): Promise<ScanResult> {
  const contentDir = contentPath(root);
  const targets = new Map<string, Target>();
  const errors: string[] = [];
  const skipped: string[] = [];
  const files = await walk(contentDir);
  for (const file of files) {
    const relFile = path.relative(root, file).split(path.sep).join('/');
    let data: Record<string, unknown>;
    try {
      const yamlText = frontmatter(await readFile(file, 'utf8'));
      if (yamlText === null) continue;
      const parsed: unknown = parseYaml(yamlText);
      if (parsed === null || parsed === undefined) continue;
      if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('frontmatter is not a YAML mapping');
      data = parsed as Record<string, unknown>;
    } catch (error) {
      errors.push(`${relFile}: ${(error as Error).message.split('\n')[0]!.replace(/:$/, '')}`);
      continue;
    }
    const title = str(data['title']) ?? str(data['name']) ?? path.basename(path.dirname(file));
    const topics = Array.isArray(data['topics'])
      ? data['topics'].filter((t): t is string => typeof t === 'string')
      : [];
    const gender = data['gender'] === '男' || data['gender'] === '女' ? data['gender'] : null;
    const base: Omit<ImageContext, 'role' | 'imageText'> = {
      title: toSimplified(title),
      bannerTitle: title,
      topics: topics.map(toSimplified),
      month: monthOf(data['date']),
      gender,
      category: str(data['category']),
      sources: [relFile],
    };
    const refs: Array<{ field: string; value: unknown; role: ImageRole; text: Array<string | null> }> = [];
    if (data['cover'] !== undefined)
      refs.push({ field: 'cover', value: data['cover'], role: 'scene', text: [str(data['coverAlt'])] });
    if (data['portrait'] !== undefined)
      refs.push({
        field: 'portrait',
        value: data['portrait'],
        role: 'portrait',
        text: [str(data['portraitAlt']), str(data['role'])],
      });
    if (Array.isArray(data['gallery'])) {
      data['gallery'].forEach((item: unknown, i: number) => {
        const g = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
        refs.push({
          field: `gallery[${i}].image`,
          value: g['image'],
          role: 'scene',
          text: [str(g['caption']), str(g['alt'])],
        });
      });
    }
    for (const ref of refs) {
      if (ref.value === null || ref.value === undefined || ref.value === '') continue;
      if (typeof ref.value !== 'string') {
        errors.push(`${relFile}: ${ref.field} should be a path like ./photo.jpg, got ${JSON.stringify(ref.value)}`);
        continue;
      }
      const value = ref.value.trim();
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value) || value.startsWith('/')) {
        skipped.push(`${relFile}: ${ref.field} ${value} (not a relative path)`);
        continue;
      }
      const abs = path.resolve(path.dirname(file), value);
      const relToContent = path.relative(contentDir, abs);
      if (relToContent.startsWith('..') || path.isAbsolute(relToContent)) {
        errors.push(`${relFile}: ${ref.field} ${value} points outside content/`);
        continue;
      }
      if (!/\.(jpe?g|png|webp)$/i.test(abs)) {
        errors.push(`${relFile}: ${ref.field} ${value}: can only generate .jpg, .jpeg, .png or .webp`);
        continue;
      }
      const rel = path.relative(root, abs).split(path.sep).join('/');
      const imageText = ref.text.filter((t): t is string => t !== null).map(toSimplified);
      const existing = targets.get(abs);
      if (existing) {
        // story cover that is also a gallery image: keep all the descriptions
        existing.ctx.imageText.push(...imageText.filter((t) => !existing.ctx.imageText.includes(t)));
        if (!existing.ctx.sources.includes(relFile)) existing.ctx.sources.push(relFile);
        if (ref.role === 'portrait') existing.ctx.role = 'portrait';
        continue;
      }
      targets.set(abs, { abs, rel, ctx: { ...base, sources: [relFile], role: ref.role, imageText } });
    }
  }
  return { targets, errors, skipped };
}

// ───────────────────────────── writing ─────────────────────────────

/** Write data to dest atomically, never replacing an existing file. Returns false if dest appeared meanwhile. */
async function writeNew(dest: string, data: Buffer): Promise<boolean> {
  await mkdir(path.dirname(dest), { recursive: true });
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}.${Date.now()}.tmp`);
  await writeFile(tmp, data, { flag: 'wx' });
  try {
    try {
      await link(tmp, dest); // atomic, fails with EEXIST instead of overwriting
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      // file system without hard links: check, then rename (atomic replace, tiny race window)
      if (existsSync(dest)) return false;
      await rename(tmp, dest);
      return true;
    }
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const { root } = parseArgs(process.argv.slice(2));
  const contentDir = contentPath(root);
  if (!existsSync(contentDir)) {
    console.error(`demo-images: no content/ folder in ${root}`);
    return 1;
  }
  placeNames = loadPlaceNames(root);
  await loadSimplifier();
  const { targets, errors, skipped } = await scan(root);
  for (const e of errors) console.error(`error    ${e}`);
  for (const s of skipped) console.log(`skipped  ${s}`);
  let created = 0;
  let present = 0;
  let failed = errors.length;
  const list = [...targets.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  for (const t of list) {
    try {
      if (existsSync(t.abs)) {
        present++;
        console.log(`present  ${t.rel}`);
        continue;
      }
      const ext = path.extname(t.abs).toLowerCase();
      const format = ext === '.png' ? 'png' : ext === '.webp' ? 'webp' : 'jpeg';
      const seedPath = path.relative(contentDir, t.abs).split(path.sep).join('/');
      const img = await renderImage(t.ctx, seedPath, format);
      if (await writeNew(t.abs, img.data)) {
        created++;
        const size = (await stat(t.abs)).size;
        console.log(`created  ${t.rel}  ${img.width}×${img.height}  ${img.what}  ${Math.round(size / 1024)} KB`);
      } else {
        present++;
        console.log(`present  ${t.rel}  (appeared while drawing)`);
      }
    } catch (error) {
      failed++;
      console.error(`error    ${t.rel}: ${(error as Error).message}`);
    }
  }
  console.log(
    `\n${created} created, ${present} already present${failed ? `, ${failed} error${failed > 1 ? 's' : ''}` : ''}`,
  );
  return failed ? 1 : 0;
}

// Run when executed directly (tsx scripts/demo-images.ts), not when imported for a test.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`demo-images: ${(error as Error).stack ?? String(error)}`);
      process.exit(1);
    },
  );
}
