// The benchmarks' synthetic county, as data: site.yaml, townships.yaml, 五老 profiles, stories with galleries,
// monthly bulletins and N news items, each as the frontmatter and Markdown body an editor would write
// (content/README.md). No files are written here: write-content.ts writes the entries as a content folder for
// the build benchmark (npm run bench), write-pages.ts as built pages for the search benchmark
// (npm run bench:search -- --corpus N). Both therefore measure the same county for the same seed.
import { pinyinSlug } from '../../../src/lib/pinyin-slug';
import {
  markdownBody,
  newsTitle,
  personName,
  sentence,
  toTraditional,
  topicFor,
  TOPICS,
  type TextContext,
  type TopicSpec,
} from '../chinese-text';
import { between, pick, sample, seededRandom, weightedPick, type Rand } from '../random';

export interface CountyOptions {
  news: number;
  people?: number;
  stories?: number;
  townships?: number;
  /** Distinct photos; every image an entry needs is one of them (written by write-content.ts). */
  photos?: number;
  /** Shares of news items with a cover photo, in Traditional characters, with full-width digits and letters, drafts. */
  coverShare?: number;
  traditionalShare?: number;
  fullWidthShare?: number;
  draftShare?: number;
  /** First and last date of the county's news (YYYY-MM-DD). */
  from?: string;
  to?: string;
  seed?: number;
}

export type Collection = 'news' | 'people' | 'stories' | 'bulletins';

/** One Markdown entry of the county, and the photos that go next to it. */
export interface PlannedEntry {
  collection: Collection;
  id: string;
  /** The Markdown file's path inside the content folder (always with /). */
  file: string;
  /** Frontmatter fields, without undefined values. */
  data: Record<string, unknown>;
  body: string;
  /** Images the entry refers to: path inside the content folder, and which distinct photo it is a copy of. */
  images: { file: string; photo: number }[];
}

export interface CountyTownship {
  id: string;
  name: string;
  kind: '镇' | '乡' | '街道' | '场';
  order: number;
  intro: string;
  villages: { id: string; name: string; kind: '村' | '社区' }[];
}

export interface GeneratedNews {
  id: string;
  file: string;
  date: string;
  township: string;
  topics: string[];
  traditional: boolean;
  fullWidth: boolean;
  cover: boolean;
  draft: boolean;
  /** Characters of body text. */
  chars: number;
  /** The 五老 named in the title, if any. */
  elder?: string | undefined;
}

/** What was generated, for reports and tests. */
export interface CountySummary {
  townships: { id: string; name: string; villages: { id: string; name: string }[] }[];
  news: GeneratedNews[];
  people: { id: string; name: string; category: string; township: string; portrait: boolean }[];
  stories: { id: string; date: string; townships: string[]; people: string[]; photos: number }[];
  bulletins: { id: string; month: string; items: string[] }[];
}

export interface CountyPlan extends CountySummary {
  site: Record<string, unknown>;
  /** townships.yaml as written. */
  townshipRegistry: CountyTownship[];
  /** Every entry: people, stories, news, bulletins, in that order. */
  entries: PlannedEntry[];
  /** How many distinct photos the entries' images refer to. */
  photos: number;
  /** The seed the distinct photos are drawn from. */
  photoSeed: number;
}

/** The defaults of `npm run bench` and `npm run bench:search -- --corpus N`. */
export const COUNTY_DEFAULTS = {
  people: 300,
  stories: 400,
  townships: 20,
  photos: 30,
  coverShare: 0.1,
  traditionalShare: 0.04,
  fullWidthShare: 0.02,
  draftShare: 0.005,
  from: '2017-01-01',
  to: '2026-10-31',
  seed: 20261122,
} as const;

export const COUNTY = '青溪县';
export const COUNTY_SITE_NAME = '青溪关工';
const TOWNSHIP_NAMES: [string, CountyTownship['kind']][] = [
  ['城关镇', '镇'],
  ['东城街道', '街道'],
  ['鹤城街道', '街道'],
  ['青山镇', '镇'],
  ['石桥镇', '镇'],
  ['白鹭乡', '乡'],
  ['松林乡', '乡'],
  ['龙泉镇', '镇'],
  ['云台乡', '乡'],
  ['新桥镇', '镇'],
  ['凤鸣镇', '镇'],
  ['杨柳乡', '乡'],
  ['黄岭镇', '镇'],
  ['大坪乡', '乡'],
  ['梅溪镇', '镇'],
  ['清水乡', '乡'],
  ['马鞍镇', '镇'],
  ['长冲乡', '乡'],
  ['双峰镇', '镇'],
  ['红星农场', '场'],
];
const VILLAGE_STEMS = [
  '荷花',
  '上湾',
  '下湾',
  '马桥',
  '桃园',
  '新发',
  '茶岭',
  '松柏',
  '杨家',
  '周家',
  '李家湾',
  '王家坝',
  '石门',
  '龙井',
  '枫林',
  '竹山',
  '高田',
  '云峰',
  '水口',
  '渡口',
  '芦湾',
  '柏树',
  '杉木',
  '团结',
  '光明',
  '胜利',
  '五星',
  '金星',
  '长岭',
  '白沙',
  '沙洲',
  '河西',
  '河东',
  '三岔',
  '岩口',
  '十里铺',
  '黄泥坳',
  '大塘',
  '凉亭',
  '观音',
  '莲湖',
  '北堤',
  '南岸',
  '红军桥',
  '五老峰',
  '梨树',
  '樟树',
  '花园',
];
const INTROS = [
  '外出务工人员多，留守儿童关爱工作任务重。',
  '革命老区，红色教育资源丰富，五老宣讲团常年活跃。',
  '山区乡镇，五老“助学帮扶团”坚持二十余年。',
  '老城区，老干部、老教师集中居住，社区五老志愿服务队活跃。',
  '新城区和工业园区所在地，外来务工人员子女多，重点做好“小候鸟”关爱。',
];
const CATEGORIES = [
  { value: '老干部', weight: 25 },
  { value: '老战士', weight: 10 },
  { value: '老专家', weight: 10 },
  { value: '老教师', weight: 35 },
  { value: '老模范', weight: 20 },
] as const;
const ROLES: Record<string, string[]> = {
  老干部: ['退休乡镇干部，{v}关工小组组长', '原县直单位副局长，县关工委宣讲团成员', '退休村党支部书记，{v}五老志愿者'],
  老战士: ['退伍老兵，{v}义务护学员', '抗美援朝老战士，红色宣讲员', '退役军人，{v}国防教育辅导员'],
  老专家: ['退休农技专家，{v}科普辅导员', '退休医生，青少年健康辅导员', '退休工程师，校外科技辅导站辅导员'],
  老教师: ['退休小学教师，{v}关工小组组长', '退休中学语文教师，假日学校辅导员', '退休校长，校外教育辅导站站长'],
  老模范: ['全国劳动模范，{v}五老志愿者', '“最美家庭”户主，家庭教育宣讲员', '道德模范，{v}调解员'],
};
const HONOURS = ['关心下一代工作先进个人', '“最美五老”志愿者', '优秀五老志愿者', '关心下一代工作突出贡献奖'];
const STORY_TITLES = [
  '一位老人和一群孩子',
  '十年坚守',
  '温暖的课堂',
  '山里的灯光',
  '一条上学路',
  '二十个暑假',
  '一本帮扶台账',
  '老兵的讲台',
];
const CAPTIONS = [
  '活动现场',
  '五老给孩子们讲故事',
  '孩子们认真听讲',
  '五老和孩子们合影',
  '志愿者上门走访',
  '孩子们在辅导站写作业',
  '颁发证书和奖品',
];
const EDITORS = ['王晓梅', '刘建华', '陈丽娟', '周志远'];
const SECTION_TOPICS = ['五好基层关工委', '党建带关建'];

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Digits and Latin letters in full width (１２３ＡＩ), as some input methods type them. */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
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
  return iso(from + Math.floor((t * (to - from)) / DAY) * DAY);
}

const defined = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));

/** The whole county for the options: the same seed and options always give the same county. */
export function planCounty(options: CountyOptions): CountyPlan {
  const {
    news: newsCount,
    people: peopleCount,
    stories: storyCount,
    townships: townshipCount,
    photos: photoCount,
    coverShare,
    traditionalShare,
    fullWidthShare,
    draftShare,
    from,
    to,
    seed,
  } = { ...COUNTY_DEFAULTS, ...options };
  const rand = seededRandom(seed);
  const fromMs = Date.parse(`${from}T00:00:00Z`);
  const toMs = Date.parse(`${to}T00:00:00Z`);
  const entries: PlannedEntry[] = [];
  const photoIndexes = Array.from({ length: Math.max(1, photoCount) }, (_, i) => i);
  /** A photo for an image of an entry: like real uploads, a few distinct pictures under each entry's own name. */
  const photo = (file: string) => ({ file, photo: pick(rand, photoIndexes) });

  // Site and townships.
  const townshipRegistry: CountyTownship[] = TOWNSHIP_NAMES.slice(0, townshipCount).map(([name, kind], order) => {
    const stem = name.replace(/(镇|乡|街道|农场)$/, '');
    const used = new Set<string>();
    const community = { id: uniqueId(used, pinyinSlug(stem)), name: `${stem}社区`, kind: '社区' as const };
    const villages = sample(rand, VILLAGE_STEMS, between(rand, 3, 6)).map((v) => ({
      id: uniqueId(used, pinyinSlug(v)),
      name: `${v}村`,
      kind: '村' as const,
    }));
    return {
      id: pinyinSlug(stem),
      name,
      kind,
      order: order + 1,
      intro: pick(rand, INTROS),
      villages: kind === '乡' ? villages : [community, ...villages],
    };
  });
  const site = {
    name: COUNTY_SITE_NAME,
    fullName: `${COUNTY}关心下一代工作委员会`,
    county: COUNTY,
    editingUnit: `${COUNTY}关心下一代工作委员会办公室`,
    bulletinName: '关工动态',
    runningNumber: true,
    numberingRestartsEachYear: true,
    bulletinSections: [
      { name: '工作动态', topics: SECTION_TOPICS },
      '基层风采',
      { name: '五老风采', personInTitle: true },
      { name: '活动纪实', collection: 'stories' },
    ],
    description: `${COUNTY}关工委工作动态、五老典型、活动纪实和《关工动态》月刊（基准测试生成的虚构县）。`,
    contact: { address: `${COUNTY}城关镇人民路1号`, phone: '0000-1234567', email: 'ggw@qingxi.example' },
    url: 'https://ggw.qingxi.example',
    base: '/',
  };
  const placeOf = (t: CountyTownship) => ({ township: t, village: pick(rand, t.villages) });
  const ctxFor = (t: CountyTownship, village: { name: string }, date: string, topic: TopicSpec, elders?: string[]): TextContext => ({
    rand,
    place: { township: t.name, village: village.name },
    date,
    topic,
    ...(elders ? { elders } : {}),
  });
  const otherTopics = (primary: TopicSpec, max: number) =>
    sample(
      rand,
      TOPICS.filter((t) => t !== primary),
      between(rand, 0, max),
    ).map((t) => t.name);

  // 五老 profiles.
  const people: CountySummary['people'] = [];
  const peopleIds = new Set<string>();
  const peopleByTownship = new Map<string, { id: string; name: string }[]>();
  for (let i = 0; i < peopleCount; i++) {
    const t = pick(rand, townshipRegistry);
    const { village } = placeOf(t);
    const name = personName(rand);
    const id = uniqueId(peopleIds, pinyinSlug(name));
    const category = weightedPick(rand, CATEGORIES);
    const topic = pick(rand, TOPICS);
    const birthYear = between(rand, 1932, 1962);
    const activeSince = between(rand, Math.max(1990, birthYear + 50), 2023);
    const portrait = rand() < 0.6;
    const images = portrait ? [photo(`people/${id}.jpg`)] : [];
    const honours = Array.from({ length: between(rand, 0, 3) }, () => {
      const level = pick(rand, ['乡镇级', '县级', '县级', '市级', '省级', '全国'] as const);
      const prefix = level === '全国' ? '全国' : level === '省级' ? '全省' : level === '市级' ? '全市' : level === '县级' ? COUNTY : t.name;
      return { level, year: between(rand, activeSince, 2026), title: `${prefix}${pick(rand, HONOURS)}` };
    }).sort((a, b) => a.year - b.year);
    const date = rand() < 0.7 ? randomDate(rand, fromMs, toMs) : undefined;
    const body = markdownBody(ctxFor(t, village, date ?? from, topic, [name]), between(rand, 500, 1500), {
      min: 400,
      max: 1800,
      headings: 0.8,
    });
    const data = defined({
      name,
      date,
      category,
      township: t.id,
      village: rand() < 0.8 ? village.id : undefined,
      role: pick(rand, ROLES[category]!).replace('{v}', village.name),
      gender: pick(rand, ['男', '女'] as const),
      ...(rand() < 0.8 ? { birthYear } : { ageBand: birthYear < 1947 ? '八十多岁' : '七十多岁' }),
      activeSince,
      portrait: portrait ? `./${id}.jpg` : undefined,
      portraitAlt: portrait ? `${name}在${village.name}和孩子们在一起` : undefined,
      honours: honours.length ? honours : undefined,
      quote:
        rand() < 0.4
          ? pick(rand, ['孩子的事，一天也耽误不得。', '只要孩子们需要，我就一直干下去。', '看着孩子们一天天长大，比什么都高兴。'])
          : undefined,
      featured: rand() < 0.03 ? true : undefined,
      topics: [topic.name, ...otherTopics(topic, 2)],
    });
    entries.push({ collection: 'people', id, file: `people/${id}.md`, data, body: body.markdown, images });
    people.push({ id, name, category, township: t.id, portrait });
    peopleByTownship.set(t.id, [...(peopleByTownship.get(t.id) ?? []), { id, name }]);
  }

  // Stories, one folder each with its gallery.
  const stories: CountySummary['stories'] = [];
  const storyIds = new Set<string>();
  for (let i = 0; i < storyCount; i++) {
    const date = randomDate(rand, fromMs, toMs);
    const topic = topicFor(rand, date);
    const t = pick(rand, townshipRegistry);
    const { village } = placeOf(t);
    const twoTownships = rand() < 0.15;
    const storyTownships = twoTownships
      ? [
          t,
          pick(
            rand,
            townshipRegistry.filter((x) => x !== t),
          ),
        ]
      : [t];
    const candidates = storyTownships.flatMap((x) => peopleByTownship.get(x.id) ?? []);
    const storyPeople = sample(rand, candidates, between(rand, 0, 3));
    const id = uniqueId(storyIds, `${date.slice(0, 7)}-${t.id}-${pinyinSlug(topic.name, 2)}`);
    const n = between(rand, 3, 8);
    const images: PlannedEntry['images'] = [];
    const gallery = Array.from({ length: n }, (_, k) => {
      images.push(photo(`stories/${id}/${k + 1}.jpg`));
      return defined({
        image: `./${k + 1}.jpg`,
        caption: `${village.name}${pick(rand, CAPTIONS)}`,
        alt: rand() < 0.7 ? `${pick(rand, CAPTIONS)}的照片` : undefined,
      });
    });
    const withCover = rand() < 0.7;
    const endDate = rand() < 0.3 ? iso(Date.parse(`${date}T00:00:00Z`) + between(rand, 1, 20) * DAY) : undefined;
    const body = markdownBody(
      ctxFor(
        t,
        village,
        date,
        topic,
        storyPeople.map((p) => p.name),
      ),
      between(rand, 900, 2400),
      { min: 800, max: 2600, headings: 0.9, quote: 0.4 },
    );
    const data = defined({
      title: `${village.name}的${topic.name}：${pick(rand, STORY_TITLES)}`,
      date,
      endDate,
      townships: storyTownships.map((x) => x.id),
      people: storyPeople.length ? storyPeople.map((p) => p.id) : undefined,
      cover: withCover ? './1.jpg' : undefined,
      coverAlt: withCover ? `${village.name}${pick(rand, CAPTIONS)}` : undefined,
      gallery,
      topics: [topic.name, ...otherTopics(topic, 2)],
      summary: rand() < 0.5 ? sentence(ctxFor(t, village, date, topic)) : undefined,
      author: rand() < 0.6 ? `${personName(rand)}（${t.name}关工委）` : undefined,
    });
    entries.push({ collection: 'stories', id, file: `stories/${id}/index.md`, data, body: body.markdown, images });
    stories.push({ id, date, townships: storyTownships.map((x) => x.id), people: storyPeople.map((p) => p.id), photos: n });
  }

  // News.
  const news: GeneratedNews[] = [];
  const newsIds = new Set<string>();
  for (let i = 0; i < newsCount; i++) {
    const date = randomDate(rand, fromMs, toMs);
    const topic = topicFor(rand, date);
    const t = weightedPick(
      rand,
      townshipRegistry.map((x, k) => ({ value: x, weight: k === 0 ? 3 : 1 })),
    );
    const { village } = placeOf(t);
    const local = peopleByTownship.get(t.id) ?? [];
    const elder = local.length && rand() < 0.06 ? pick(rand, local).name : undefined;
    const ctx = ctxFor(t, village, date, topic, elder ? [elder] : undefined);
    const id = uniqueId(newsIds, `${date}-${t.id}-${pinyinSlug(topic.name, 2)}`);
    const year = date.slice(0, 4);
    // Lengths 300–2,000 characters, most of them 500–1,000 like county news.
    const target = 300 + Math.round(1700 * rand() ** 2.2);
    const body = markdownBody(ctx, target, { min: 300, max: 2000 });
    const cover = rand() < coverShare;
    const images = cover ? [photo(`news/${year}/${id}.jpg`)] : [];
    const traditional = rand() < traditionalShare;
    const fullWidth = rand() < fullWidthShare;
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
    if (fullWidth) markdown = toFullWidth(markdown);
    const topics = [topic.name, ...otherTopics(topic, 2)];
    const data = defined({
      title,
      date,
      township: t.id,
      village: rand() < 0.7 ? village.id : undefined,
      author: rand() < 0.8 ? personName(rand) : undefined,
      source: rand() < 0.7 ? `${t.name}关工委` : undefined,
      topics,
      cover: cover ? `./${id}.jpg` : undefined,
      coverAlt,
      summary,
      draft: draft ? true : undefined,
    });
    const file = `news/${year}/${id}.md`;
    entries.push({ collection: 'news', id, file, data, body: markdown, images });
    news.push({ id, file, date, township: t.id, topics, traditional, fullWidth, cover, draft, chars: body.chars, elder });
  }

  // Monthly bulletins: that month's items, sorted into the site's sections.
  const bulletins: CountySummary['bulletins'] = [];
  const months = new Map<string, { news: GeneratedNews[]; stories: string[] }>();
  const month = (ym: string) => months.get(ym) ?? months.set(ym, { news: [], stories: [] }).get(ym)!;
  for (const n of news) if (!n.draft) month(n.date.slice(0, 7)).news.push(n);
  for (const s of stories) month(s.date.slice(0, 7)).stories.push(s.id);
  let running = 0;
  let issueYear = '';
  let issue = 0;
  for (const ym of [...months.keys()].sort()) {
    const m = months.get(ym)!;
    const chosen = sample(rand, m.news, Math.min(m.news.length, between(rand, 6, 10))).sort(
      (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
    );
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
    const t = pick(rand, townshipRegistry);
    const ctx = ctxFor(t, pick(rand, t.villages), `${ym}-15`, pick(rand, TOPICS));
    const note = Array.from({ length: between(rand, 3, 5) }, () => sentence(ctx)).join('');
    const data = {
      issue,
      runningNumber: running,
      month: ym,
      date: `${ym}-${between(rand, 25, 28)}`,
      editor: pick(rand, EDITORS),
      contents,
    };
    entries.push({ collection: 'bulletins', id: ym, file: `bulletins/${ym}.md`, data, body: note, images: [] });
    bulletins.push({ id: ym, month: ym, items: contents.flatMap((s) => s.items) });
  }

  return {
    site,
    townshipRegistry,
    townships: townshipRegistry.map(({ id, name, villages }) => ({
      id,
      name,
      villages: villages.map(({ id: v, name: n }) => ({ id: v, name: n })),
    })),
    entries,
    news,
    people,
    stories,
    bulletins,
    photos: photoIndexes.length,
    photoSeed: seed % 997,
  };
}
