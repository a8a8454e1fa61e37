// The benchmark's synthetic county: site.yaml, townships.yaml, 五老 profiles, stories with galleries, monthly
// bulletins and N news items, written as an editor would write them (content/README.md) into a folder that
// the build then reads through CONTENT_DIR. Never writes into the project's own content/.
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { pinyinSlug } from '../../src/lib/pinyin-slug';
import {
  between, charCount, markdownBody, newsTitle, personName, pick, sample, seededRandom, sentence, toTraditional, topicFor,
  TOPICS, weightedPick, type Rand, type TextContext, type TopicSpec,
} from './chinese-text';

export interface CountyOptions {
  /** The folder to write into (it becomes CONTENT_DIR); created if missing. */
  dir: string;
  news: number;
  people?: number;
  stories?: number;
  townships?: number;
  /** Distinct photos generated, then copied wherever an entry needs one. */
  photos?: number;
  photoWidth?: number;
  photoHeight?: number;
  /** Where the distinct photos are written (default: <dir>/../photos). */
  photoDir?: string;
  /** Shares of news items with a cover photo, in Traditional characters, drafts. */
  coverShare?: number;
  traditionalShare?: number;
  draftShare?: number;
  /** First and last date of the county's news (YYYY-MM-DD). */
  from?: string;
  to?: string;
  seed?: number;
}

export interface GeneratedNews {
  id: string;
  file: string;
  date: string;
  township: string;
  topics: string[];
  traditional: boolean;
  cover: boolean;
  draft: boolean;
  /** Characters of body text. */
  chars: number;
  /** The 五老 named in the title, if any. */
  elder?: string | undefined;
}

export interface GeneratedCounty {
  dir: string;
  townships: { id: string; name: string; villages: { id: string; name: string }[] }[];
  news: GeneratedNews[];
  people: { id: string; name: string; category: string; township: string; portrait: boolean }[];
  stories: { id: string; date: string; townships: string[]; people: string[]; photos: number }[];
  bulletins: { id: string; month: string; items: string[] }[];
  photos: { distinct: number; copies: number; bytes: number };
  ms: number;
}

const COUNTY = '青溪县';
const TOWNSHIP_NAMES: [string, '镇' | '乡' | '街道' | '场'][] = [
  ['城关镇', '镇'], ['东城街道', '街道'], ['西城街道', '街道'], ['河坪镇', '镇'], ['石桥镇', '镇'], ['白鹭乡', '乡'],
  ['松林乡', '乡'], ['龙泉镇', '镇'], ['云台乡', '乡'], ['新桥镇', '镇'], ['凤鸣镇', '镇'], ['杨柳乡', '乡'],
  ['黄岭镇', '镇'], ['大坪乡', '乡'], ['梅溪镇', '镇'], ['清水乡', '乡'], ['马鞍镇', '镇'], ['长冲乡', '乡'],
  ['双峰镇', '镇'], ['红星农场', '场'],
];
const VILLAGE_STEMS = [
  '荷花', '上湾', '下湾', '马桥', '桃园', '新发', '茶岭', '松柏', '杨家', '周家', '李家湾', '王家坝', '石门', '龙井', '枫林', '竹山',
  '高田', '云峰', '水口', '渡口', '芦湾', '柏树', '杉木', '团结', '光明', '胜利', '五星', '金星', '长岭', '白沙', '沙洲', '河西',
  '河东', '三岔', '岩口', '十里铺', '黄泥坳', '大塘', '凉亭', '观音', '莲湖', '北堤', '南岸', '红军桥', '青山', '梨树', '樟树', '花园',
];
const INTROS = [
  '外出务工人员多，留守儿童关爱工作任务重。',
  '革命老区，红色教育资源丰富，五老宣讲团常年活跃。',
  '山区乡镇，五老“助学帮扶团”坚持二十余年。',
  '老城区，老干部、老教师集中居住，社区五老志愿服务队活跃。',
  '新城区和工业园区所在地，外来务工人员子女多，重点做好“小候鸟”关爱。',
];
const CATEGORIES = [
  { value: '老干部', weight: 25 }, { value: '老战士', weight: 10 }, { value: '老专家', weight: 10 },
  { value: '老教师', weight: 35 }, { value: '老模范', weight: 20 },
] as const;
const ROLES: Record<string, string[]> = {
  老干部: ['退休乡镇干部，{v}关工小组组长', '原县直单位副局长，县关工委宣讲团成员', '退休村党支部书记，{v}五老志愿者'],
  老战士: ['退伍老兵，{v}义务护学员', '抗美援朝老战士，红色宣讲员', '退役军人，{v}国防教育辅导员'],
  老专家: ['退休农技专家，{v}科普辅导员', '退休医生，青少年健康辅导员', '退休工程师，校外科技辅导站辅导员'],
  老教师: ['退休小学教师，{v}关工小组组长', '退休中学语文教师，假日学校辅导员', '退休校长，校外教育辅导站站长'],
  老模范: ['全国劳动模范，{v}五老志愿者', '“最美家庭”户主，家庭教育宣讲员', '道德模范，{v}调解员'],
};
const HONOURS = ['关心下一代工作先进个人', '“最美五老”志愿者', '优秀五老志愿者', '关心下一代工作突出贡献奖'];
const STORY_TITLES = ['一位老人和一群孩子', '十年坚守', '温暖的课堂', '山里的灯光', '一条上学路', '二十个暑假', '一本帮扶台账', '老兵的讲台'];
const CAPTIONS = ['活动现场', '五老给孩子们讲故事', '孩子们认真听讲', '五老和孩子们合影', '志愿者上门走访', '孩子们在辅导站写作业', '颁发证书和奖品'];
const EDITORS = ['王晓梅', '刘建华', '陈丽娟', '周志远'];
const SECTION_TOPICS = ['五好基层关工委', '党建带关建'];

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Writes `count` distinct photo-like JPEGs (soft scenery, shapes, grain): realistic to encode, not to look at. */
export async function makePhotos(dir: string, count: number, width = 1600, height = 1200, seed = 7): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const one = async (i: number) => {
    const rand = seededRandom(seed * 1000 + i);
    const gw = 8;
    const gh = 6;
    const base = Buffer.alloc(gw * gh * 3);
    const sky = [between(rand, 120, 220), between(rand, 150, 230), between(rand, 180, 250)];
    const ground = [between(rand, 40, 140), between(rand, 60, 160), between(rand, 20, 110)];
    for (let y = 0; y < gh; y++)
      for (let x = 0; x < gw; x++)
        for (let k = 0; k < 3; k++) base[(y * gw + x) * 3 + k] = Math.max(0, Math.min(255, (y < gh * 0.4 ? sky : ground)[k]! + between(rand, -50, 50)));
    let shapes = '';
    for (let s = 0; s < 40; s++) {
      const x = between(rand, 0, width);
      const y = between(rand, Math.round(height * 0.3), height);
      const r = Math.max(2, Math.round((between(rand, 10, 120) * width) / 1600));
      const fill = `rgb(${between(rand, 0, 255)},${between(rand, 0, 255)},${between(rand, 0, 255)})`;
      shapes += rand() < 0.5
        ? `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}" fill-opacity="0.7"/>`
        : `<rect x="${x}" y="${y}" width="${r}" height="${r * 2}" fill="${fill}" fill-opacity="0.7"/>`;
    }
    const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes}</svg>`);
    const noise = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 18 } } }).raw().toBuffer();
    const file = join(dir, `photo-${String(i + 1).padStart(2, '0')}.jpg`);
    await sharp(base, { raw: { width: gw, height: gh, channels: 3 } })
      .resize(width, height, { kernel: 'cubic' })
      .composite([{ input: svg }, { input: noise, raw: { width, height, channels: 3 }, blend: 'soft-light' }])
      .jpeg({ quality: 82 })
      .toFile(file);
    files[i] = file;
  };
  for (let i = 0; i < count; i += 2) await Promise.all([one(i), ...(i + 1 < count ? [one(i + 1)] : [])]);
  return files;
}

/** YAML frontmatter + body, as editors write it. */
function entryFile(data: Record<string, unknown>, body: string): string {
  const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  return `---\n${stringify(clean, { lineWidth: 0 })}---\n${body}\n`;
}

function uniqueId(used: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Dates from `from` to `to`, later years a little busier (county news sites grow). */
function randomDate(rand: Rand, from: number, to: number): string {
  // Density rising linearly from 1 to 2 across the span: inverse CDF of a trapezoid.
  const u = rand();
  const t = -1 + Math.sqrt(1 + 3 * u); // solves (t + t²/2)/(3/2) = u for t ∈ [0, 1]
  return iso(from + Math.floor(t * (to - from) / DAY) * DAY);
}

export async function generateCounty(options: CountyOptions): Promise<GeneratedCounty> {
  const started = performance.now();
  const {
    dir, news: newsCount, people: peopleCount = 300, stories: storyCount = 400, townships: townshipCount = 20,
    photos: photoCount = 30, photoWidth = 1600, photoHeight = 1200, coverShare = 0.1, traditionalShare = 0.04,
    draftShare = 0.005, from = '2017-01-01', to = '2026-10-31', seed = 20261122,
  } = options;
  const rand = seededRandom(seed);
  const fromMs = Date.parse(`${from}T00:00:00Z`);
  const toMs = Date.parse(`${to}T00:00:00Z`);
  mkdirSync(dir, { recursive: true });
  for (const sub of ['news', 'people', 'stories', 'bulletins']) mkdirSync(join(dir, sub), { recursive: true });

  // Photos: a few distinct files, copied under each entry's own name like real uploads.
  const photoFiles = await makePhotos(options.photoDir ?? join(dir, '..', 'photos'), photoCount, photoWidth, photoHeight, seed % 997);
  const photos = { distinct: photoFiles.length, copies: 0, bytes: 0 };
  const copyPhoto = (to: string) => {
    copyFileSync(pick(rand, photoFiles), to);
    photos.copies++;
  };

  // Site and townships.
  const townships = TOWNSHIP_NAMES.slice(0, townshipCount).map(([name, kind], order) => {
    const stem = name.replace(/(镇|乡|街道|农场)$/, '');
    const used = new Set<string>();
    const community = { id: uniqueId(used, pinyinSlug(stem)), name: `${stem}社区`, kind: '社区' as const };
    const villages = sample(rand, VILLAGE_STEMS, between(rand, 3, 6)).map((v) => ({ id: uniqueId(used, pinyinSlug(v)), name: `${v}村`, kind: '村' as const }));
    return { id: pinyinSlug(stem), name, kind, order: order + 1, intro: pick(rand, INTROS), villages: kind === '乡' ? villages : [community, ...villages] };
  });
  writeFileSync(
    join(dir, 'site.yaml'),
    stringify({
      name: '青溪关工',
      fullName: `${COUNTY}关心下一代工作委员会`,
      county: COUNTY,
      editingUnit: `${COUNTY}关心下一代工作委员会办公室`,
      bulletinName: '关工动态',
      runningNumber: true,
      numberingRestartsEachYear: true,
      bulletinSections: [{ name: '工作动态', topics: SECTION_TOPICS }, '基层风采', { name: '五老风采', personInTitle: true }, { name: '活动纪实', collection: 'stories' }],
      description: `${COUNTY}关工委工作动态、五老典型、活动纪实和《关工动态》月刊（基准测试生成的虚构县）。`,
      contact: { address: `${COUNTY}城关镇人民路1号`, phone: '0000-1234567', email: 'ggw@qingxi.example' },
      url: 'https://ggw.qingxi.example',
      base: '/',
    }),
  );
  writeFileSync(join(dir, 'townships.yaml'), stringify(townships, { lineWidth: 0 }));
  const placeOf = (t: (typeof townships)[number]) => {
    const village = pick(rand, t.villages);
    return { township: t, village };
  };
  const ctxFor = (t: (typeof townships)[number], village: { name: string }, date: string, topic: TopicSpec, elders?: string[]): TextContext => ({
    rand, place: { township: t.name, village: village.name }, date, topic, ...(elders ? { elders } : {}),
  });
  const otherTopics = (primary: TopicSpec, max: number) =>
    sample(rand, TOPICS.filter((t) => t !== primary), between(rand, 0, max)).map((t) => t.name);

  // 五老 profiles.
  const people: GeneratedCounty['people'] = [];
  const peopleIds = new Set<string>();
  const peopleByTownship = new Map<string, { id: string; name: string }[]>();
  for (let i = 0; i < peopleCount; i++) {
    const t = pick(rand, townships);
    const { village } = placeOf(t);
    const name = personName(rand);
    const id = uniqueId(peopleIds, pinyinSlug(name));
    const category = weightedPick(rand, CATEGORIES);
    const topic = pick(rand, TOPICS);
    const birthYear = between(rand, 1932, 1962);
    const activeSince = between(rand, Math.max(1990, birthYear + 50), 2023);
    const portrait = rand() < 0.6;
    if (portrait) copyPhoto(join(dir, 'people', `${id}.jpg`));
    const honours = Array.from({ length: between(rand, 0, 3) }, () => {
      const level = pick(rand, ['乡镇级', '县级', '县级', '市级', '省级', '全国'] as const);
      const prefix = level === '全国' ? '全国' : level === '省级' ? '全省' : level === '市级' ? '全市' : level === '县级' ? COUNTY : t.name;
      return { level, year: between(rand, activeSince, 2026), title: `${prefix}${pick(rand, HONOURS)}` };
    }).sort((a, b) => a.year - b.year);
    const date = rand() < 0.7 ? randomDate(rand, fromMs, toMs) : undefined;
    const body = markdownBody(ctxFor(t, village, date ?? from, topic, [name]), between(rand, 500, 1500), { min: 400, max: 1800, headings: 0.8 });
    writeFileSync(
      join(dir, 'people', `${id}.md`),
      entryFile(
        {
          name, date, category, township: t.id, village: rand() < 0.8 ? village.id : undefined,
          role: pick(rand, ROLES[category]!).replace('{v}', village.name),
          gender: pick(rand, ['男', '女'] as const),
          ...(rand() < 0.8 ? { birthYear } : { ageBand: birthYear < 1947 ? '八十多岁' : '七十多岁' }),
          activeSince,
          portrait: portrait ? `./${id}.jpg` : undefined,
          portraitAlt: portrait ? `${name}在${village.name}和孩子们在一起` : undefined,
          honours: honours.length ? honours : undefined,
          quote: rand() < 0.4 ? pick(rand, ['孩子的事，一天也耽误不得。', '只要孩子们需要，我就一直干下去。', '看着孩子们一天天长大，比什么都高兴。']) : undefined,
          featured: rand() < 0.03 ? true : undefined,
          topics: [topic.name, ...otherTopics(topic, 2)],
        },
        body.markdown,
      ),
    );
    people.push({ id, name, category, township: t.id, portrait });
    peopleByTownship.set(t.id, [...(peopleByTownship.get(t.id) ?? []), { id, name }]);
  }

  // Stories, one folder each with its gallery.
  const stories: GeneratedCounty['stories'] = [];
  const storyIds = new Set<string>();
  for (let i = 0; i < storyCount; i++) {
    const date = randomDate(rand, fromMs, toMs);
    const topic = topicFor(rand, date);
    const t = pick(rand, townships);
    const { village } = placeOf(t);
    const twoTownships = rand() < 0.15;
    const storyTownships = twoTownships ? [t, pick(rand, townships.filter((x) => x !== t))] : [t];
    const candidates = storyTownships.flatMap((x) => peopleByTownship.get(x.id) ?? []);
    const storyPeople = sample(rand, candidates, between(rand, 0, 3));
    const id = uniqueId(storyIds, `${date.slice(0, 7)}-${t.id}-${pinyinSlug(topic.name, 2)}`);
    const folder = join(dir, 'stories', id);
    mkdirSync(folder, { recursive: true });
    const n = between(rand, 3, 8);
    const gallery = Array.from({ length: n }, (_, k) => {
      copyPhoto(join(folder, `${k + 1}.jpg`));
      return { image: `./${k + 1}.jpg`, caption: `${village.name}${pick(rand, CAPTIONS)}`, alt: rand() < 0.7 ? `${pick(rand, CAPTIONS)}的照片` : undefined };
    });
    const withCover = rand() < 0.7;
    const endDate = rand() < 0.3 ? iso(Date.parse(`${date}T00:00:00Z`) + between(rand, 1, 20) * DAY) : undefined;
    const body = markdownBody(ctxFor(t, village, date, topic, storyPeople.map((p) => p.name)), between(rand, 900, 2400), { min: 800, max: 2600, headings: 0.9, quote: 0.4 });
    writeFileSync(
      join(folder, 'index.md'),
      entryFile(
        {
          title: `${village.name}的${topic.name}：${pick(rand, STORY_TITLES)}`,
          date, endDate,
          townships: storyTownships.map((x) => x.id),
          people: storyPeople.length ? storyPeople.map((p) => p.id) : undefined,
          cover: withCover ? './1.jpg' : undefined,
          coverAlt: withCover ? `${village.name}${pick(rand, CAPTIONS)}` : undefined,
          gallery: gallery.map((g) => Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined))),
          topics: [topic.name, ...otherTopics(topic, 2)],
          summary: rand() < 0.5 ? sentence(ctxFor(t, village, date, topic)) : undefined,
          author: rand() < 0.6 ? `${personName(rand)}（${t.name}关工委）` : undefined,
        },
        body.markdown,
      ),
    );
    stories.push({ id, date, townships: storyTownships.map((x) => x.id), people: storyPeople.map((p) => p.id), photos: n });
  }

  // News.
  const news: GeneratedNews[] = [];
  const newsIds = new Set<string>();
  for (let i = 0; i < newsCount; i++) {
    const date = randomDate(rand, fromMs, toMs);
    const topic = topicFor(rand, date);
    const t = weightedPick(rand, townships.map((x, k) => ({ value: x, weight: k === 0 ? 3 : 1 })));
    const { village } = placeOf(t);
    const local = peopleByTownship.get(t.id) ?? [];
    const elder = local.length && rand() < 0.06 ? pick(rand, local).name : undefined;
    const ctx = ctxFor(t, village, date, topic, elder ? [elder] : undefined);
    const id = uniqueId(newsIds, `${date}-${t.id}-${pinyinSlug(topic.name, 2)}`);
    const year = date.slice(0, 4);
    mkdirSync(join(dir, 'news', year), { recursive: true });
    // Lengths 300–2,000 characters, most of them 500–1,000 like county news.
    const target = 300 + Math.round(1700 * rand() ** 2.2);
    const body = markdownBody(ctx, target, { min: 300, max: 2000 });
    const cover = rand() < coverShare;
    if (cover) copyPhoto(join(dir, 'news', year, `${id}.jpg`));
    const traditional = rand() < traditionalShare;
    const draft = rand() < draftShare;
    let title = newsTitle(ctx, elder);
    let markdown = body.markdown;
    let coverAlt = cover && rand() < 0.9 ? `${village.name}${pick(rand, CAPTIONS)}` : undefined;
    let summary = rand() < 0.4 ? sentence(ctx) : undefined;
    if (traditional) {
      title = toTraditional(title);
      markdown = toTraditional(markdown);
      coverAlt = coverAlt && toTraditional(coverAlt);
      summary = summary && toTraditional(summary);
    }
    const topics = [topic.name, ...otherTopics(topic, 2)];
    writeFileSync(
      join(dir, 'news', year, `${id}.md`),
      entryFile(
        {
          title, date, township: t.id, village: rand() < 0.7 ? village.id : undefined,
          author: rand() < 0.8 ? personName(rand) : undefined,
          source: rand() < 0.7 ? `${t.name}关工委` : undefined,
          topics, cover: cover ? `./${id}.jpg` : undefined, coverAlt, summary, draft: draft ? true : undefined,
        },
        markdown,
      ),
    );
    news.push({ id, file: `news/${year}/${id}.md`, date, township: t.id, topics, traditional, cover, draft, chars: body.chars, elder });
  }

  // Monthly bulletins: that month's items, sorted into the site's sections.
  const bulletins: GeneratedCounty['bulletins'] = [];
  const months = new Map<string, { news: GeneratedNews[]; stories: string[] }>();
  const month = (ym: string) => months.get(ym) ?? months.set(ym, { news: [], stories: [] }).get(ym)!;
  for (const n of news) if (!n.draft) month(n.date.slice(0, 7)).news.push(n);
  for (const s of stories) month(s.date.slice(0, 7)).stories.push(s.id);
  let running = 0;
  let issueYear = '';
  let issue = 0;
  for (const ym of [...months.keys()].sort()) {
    const m = months.get(ym)!;
    const chosen = sample(rand, m.news, Math.min(m.news.length, between(rand, 6, 10))).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const work = chosen.filter((n) => n.topics.some((t) => SECTION_TOPICS.includes(t)));
    const elders = chosen.filter((n) => !work.includes(n) && n.elder);
    const grassroots = chosen.filter((n) => !work.includes(n) && !elders.includes(n));
    const storyRefs = sample(rand, m.stories, Math.min(2, m.stories.length)).sort();
    const contents = [
      { section: '工作动态', items: work.map((n) => `news/${n.id}`) },
      { section: '基层风采', items: grassroots.map((n) => `news/${n.id}`) },
      { section: '五老风采', items: elders.map((n) => `news/${n.id}`) },
      { section: '活动纪实', items: storyRefs.map((id) => `stories/${id}`) },
    ].filter((s) => s.items.length);
    if (!contents.length) continue;
    if (ym.slice(0, 4) !== issueYear) {
      issueYear = ym.slice(0, 4);
      issue = 0;
    }
    issue++;
    running++;
    const t = pick(rand, townships);
    const ctx = ctxFor(t, pick(rand, t.villages), `${ym}-15`, pick(rand, TOPICS));
    const note = Array.from({ length: between(rand, 3, 5) }, () => sentence(ctx)).join('');
    writeFileSync(
      join(dir, 'bulletins', `${ym}.md`),
      entryFile({ issue, runningNumber: running, month: ym, date: `${ym}-${between(rand, 25, 28)}`, editor: pick(rand, EDITORS), contents }, note),
    );
    bulletins.push({ id: ym, month: ym, items: contents.flatMap((s) => s.items) });
  }

  for (const f of photoFiles) photos.bytes += statSync(f).size;
  return { dir, townships: townships.map(({ id, name, villages }) => ({ id, name, villages: villages.map(({ id: v, name: n }) => ({ id: v, name: n })) })), news, people, stories, bulletins, photos, ms: Math.round(performance.now() - started) };
}

/** Characters of a generated body, for tests: Markdown markers removed. */
export function bodyChars(markdown: string): number {
  return charCount(markdown.replace(/^(## |- |> )/gm, '').replace(/\*\*/g, '').replace(/\s+/g, ''));
}
