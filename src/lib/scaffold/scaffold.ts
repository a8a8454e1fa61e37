// `npm run new`: a new entry's file with its frontmatter filled in and the optional fields offered as comments,
// in the folder content/README.md names. Plans only; scripts/new.ts asks for missing values and writes.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { readPlaceRegistry, readSiteConfig, entryIdFromPath, contentPath } from '../content/files';
import { collectionFiles } from '../content/scan';
import { isYearMonth, todayInChina, toPlainDate, type PlainDate } from '../dates';
import { describeTownships, describeVillages, type PlaceRegistry } from '../places';
import { PERSON_CATEGORIES } from '../schema';
import type { SiteConfig } from '../site-settings';
import { draftBulletin, draftPath } from '../bulletin/draft';
import { renderFrontmatter, type Field } from '../content/render-frontmatter';
import { newsSlug, personSlug, storySlug } from '../content/slug';

export const NEW_TYPES = ['news', 'person', 'story', 'bulletin'] as const;
export type NewType = (typeof NEW_TYPES)[number];

export interface NewOptions {
  type: NewType;
  title?: string | undefined;
  /** person: the name (--name, or --title). */
  name?: string | undefined;
  township?: string | undefined;
  village?: string | undefined;
  date?: string | undefined;
  author?: string | undefined;
  category?: string | undefined;
  activeSince?: string | undefined;
  /** bulletin: YYYY-MM (default: this month). */
  month?: string | undefined;
  editor?: string | undefined;
  /** File name without extension, instead of the generated one. */
  slug?: string | undefined;
}

/** A required value the command line did not give: the CLI asks for it on a terminal, or names the flag. */
export interface MissingValue {
  key: keyof NewOptions;
  flag: string;
  question: string;
  choices?: string[] | undefined;
}

export type ScaffoldPlan =
  { ok: true; path: string; file: string; text: string; notes: string[] } | { ok: false; missing: MissingValue[]; errors: string[] };

export interface ScaffoldContext {
  root: string;
  site: SiteConfig;
  places: PlaceRegistry;
  today: PlainDate;
}

export function loadScaffoldContext(root: string, today = todayInChina()): ScaffoldContext {
  return { root, site: readSiteConfig(root), places: readPlaceRegistry(root), today };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function takenId(root: string, collection: 'news' | 'people' | 'stories', id: string): string | undefined {
  return collectionFiles(root, collection).find((path) => entryIdFromPath(relative(contentPath(root, collection), path)) === id);
}

/** Plans the new file. Missing required values are returned, not guessed. */
export function planScaffold(options: NewOptions, ctx: ScaffoldContext): ScaffoldPlan {
  const { places, root } = ctx;
  const missing: MissingValue[] = [];
  const errors: string[] = [];
  const townshipChoices = places.townships.map((t) => t.id);
  const need = (key: keyof NewOptions, flag: string, question: string, choices?: string[]) => {
    const value = options[key];
    if (value === undefined || String(value).trim() === '') missing.push({ key, flag, question, choices });
  };

  if (options.type === 'news' || options.type === 'story') {
    need('title', '--title', '标题');
    need('township', '--township', `乡镇 id（${describeTownships(places)}）`, townshipChoices);
  } else if (options.type === 'person') {
    if (!options.name && options.title) options = { ...options, name: options.title };
    need('name', '--name', '姓名');
    need('township', '--township', `乡镇 id（${describeTownships(places)}）`, townshipChoices);
    need('category', '--category', `五老类别（${PERSON_CATEGORIES.join('、')}）`, [...PERSON_CATEGORIES]);
    need('activeSince', '--active-since', '开始从事关心下一代工作的年份，例如 2009');
  }

  const township = options.township ? places.byId.get(options.township) : undefined;
  if (options.township && !township) errors.push(`未知的乡镇 "${options.township}"。可用：${describeTownships(places)}`);
  if (options.village && township && !township.villages.some((v) => v.id === options.village)) {
    errors.push(`村（社区）"${options.village}" 不属于${township.name}。可用：${describeVillages(township)}`);
  }
  const date = options.date ? toPlainDate(options.date) : ctx.today;
  if (!date) errors.push(`日期 "${options.date}" 无效，应写成 YYYY-MM-DD，例如 2025-11-03`);
  if (options.category && !(PERSON_CATEGORIES as readonly string[]).includes(options.category)) {
    errors.push(`五老类别只能是 ${PERSON_CATEGORIES.join('、')}，收到 "${options.category}"`);
  }
  const since = options.activeSince ? Number(options.activeSince) : undefined;
  if (options.activeSince && (!Number.isInteger(since) || since! < 1900 || since! > 2100))
    errors.push(`--active-since 应为四位数年份，收到 "${options.activeSince}"`);
  if (options.slug && !SLUG.test(options.slug)) errors.push(`--slug 只能用小写字母、数字和连字符，收到 "${options.slug}"`);
  const month = options.month ?? ctx.today.slice(0, 7);
  if (options.type === 'bulletin' && !isYearMonth(month)) errors.push(`--month 应写成 YYYY-MM，例如 2025-11，收到 "${month}"`);
  if (missing.length || errors.length) return { ok: false, missing, errors };

  const notes: string[] = [];
  const villageHint = township ? `选填，${township.name}的村（社区）：${describeVillages(township)}` : '选填';
  const draftComment = '写好后删去这一行（或改为 false），稿件才会发布';
  let fields: Field[];
  let collection: 'news' | 'people' | 'stories' | 'bulletins';
  let path: string;

  if (options.type === 'news') {
    const slug = options.slug ?? newsSlug(date!, township!.id, options.title!, places, ctx.site.county);
    collection = 'news';
    path = contentPath(root, 'news', date!.slice(0, 4), `${slug}.md`);
    fields = [
      { key: 'title', value: options.title!.trim() },
      { key: 'date', value: date! },
      { key: 'township', value: township!.id },
      options.village ? { key: 'village', value: options.village } : { key: 'village', commentedOut: true, comment: villageHint },
      options.author ? { key: 'author', value: options.author } : { key: 'author', commentedOut: true, comment: '选填，通讯员' },
      { key: 'source', commentedOut: true, comment: `选填，来源，例如 ${township!.name}关工委` },
      { key: 'topics', value: [], comment: '选填，专题，例如 [留守儿童, 关爱帮扶]' },
      { key: 'cover', commentedOut: true, comment: `选填，封面图放在同一文件夹，例如 ./${slug}.jpg` },
      { key: 'coverAlt', commentedOut: true, comment: '有封面图时写一句话描述画面' },
      { key: 'summary', commentedOut: true, comment: '选填，一两句话的摘要，不写则取正文开头' },
      { key: 'draft', value: true, comment: draftComment },
    ];
  } else if (options.type === 'story') {
    const slug = options.slug ?? storySlug(date!, township!.id, options.title!, places, ctx.site.county);
    collection = 'stories';
    path = contentPath(root, 'stories', slug, 'index.md');
    fields = [
      { key: 'title', value: options.title!.trim() },
      { key: 'date', value: date!, comment: '多日活动写开始日期' },
      { key: 'endDate', commentedOut: true, comment: '选填，结束日期' },
      { key: 'townships', value: [township!.id] },
      { key: 'people', value: [], comment: '选填，参与的五老（people 文件夹里的文件名），例如 [li-xiuying]' },
      { key: 'cover', commentedOut: true, comment: '选填，不写则用图集第一张' },
      { key: 'gallery', value: [], comment: '图集：- { image: ./1.jpg, caption: 图片说明 }，图片放在这个文件夹' },
      options.author ? { key: 'author', value: options.author } : { key: 'author', commentedOut: true, comment: '选填，作者' },
      { key: 'topics', value: [], comment: '选填，专题' },
      { key: 'summary', commentedOut: true, comment: '选填，摘要' },
      { key: 'draft', value: true, comment: draftComment },
    ];
  } else if (options.type === 'person') {
    const slug = options.slug ?? personSlug(options.name!);
    collection = 'people';
    path = contentPath(root, 'people', `${slug}.md`);
    fields = [
      { key: 'name', value: options.name!.trim() },
      { key: 'category', value: options.category! },
      { key: 'township', value: township!.id },
      options.village ? { key: 'village', value: options.village } : { key: 'village', commentedOut: true, comment: villageHint },
      { key: 'role', commentedOut: true, comment: '一行身份介绍，例如 退休小学教师，荷花村关工小组组长' },
      { key: 'gender', commentedOut: true, comment: '选填，男 或 女' },
      { key: 'birthYear', commentedOut: true, comment: '选填；不便公开时改写 ageBand: 七十多岁' },
      { key: 'activeSince', value: since! },
      { key: 'portrait', commentedOut: true, comment: `选填，照片放在同一文件夹，例如 ./${slug}.jpg` },
      { key: 'portraitAlt', commentedOut: true, comment: '有照片时写一句话描述画面' },
      { key: 'honours', value: [], comment: '选填，例如 - { level: 县级, year: 2018, title: 荣誉名称 }' },
      { key: 'quote', commentedOut: true, comment: '选填，一句话' },
      { key: 'featured', commentedOut: true, comment: '选填，true 则在首页推荐' },
      { key: 'topics', value: [] },
      { key: 'draft', value: true, comment: draftComment },
    ];
  } else {
    // The same planning as npm run bulletin (src/lib/bulletin/draft.ts), written by this command.
    if (options.slug)
      return { ok: false, missing: [], errors: ['《关工动态》的文件名就是它的月份（content/bulletins/YYYY-MM.md），不用 --slug'] };
    const draft = draftBulletin({
      root,
      month,
      date: options.date ? date! : undefined,
      editor: options.editor,
      dryRun: true,
      command: `npm run new -- bulletin --month ${month}`,
    });
    if (!draft.ok) {
      if (draft.error.field === 'editor')
        return { ok: false, missing: [{ key: 'editor', flag: '--editor', question: '责任编辑' }], errors: [] };
      return { ok: false, missing: [], errors: [`${draft.error.message}。${draft.error.hint}`] };
    }
    const { plan } = draft;
    const count = plan.sections.reduce((n, sec) => n + sec.items.length, 0);
    notes.push(
      `目录按 npm run bulletin 的规则编好：收入本月已发布的 ${count} 篇${plan.leftOut.length ? `，另有 ${plan.leftOut.length} 篇没有收入（文件里的注释写了原因）` : ''}`,
    );
    for (const w of plan.warnings) notes.push(`请注意：${w}`);
    notes.push('这一期是草稿（draft: true）：调整栏目和稿件顺序、改写编者按后删去 draft 一行再发布');
    return { ok: true, path: draftPath(month, root), file: draft.file, text: draft.text, notes };
  }

  const id = entryIdFromPath(relative(contentPath(root, collection), path));
  const existing = existsSync(path) ? path : takenId(root, collection, id);
  if (existing) {
    return {
      ok: false,
      missing: [],
      errors: [`已有同名稿件，不会覆盖：${relative(root, existing).split('\\').join('/')}。要另建一篇，请用 --slug 指定别的文件名`],
    };
  }
  notes.push('新稿件是草稿（draft: true）：写好正文后删去 draft 一行，再运行 npm run check');
  return { ok: true, path, file: relative(root, path).split('\\').join('/'), text: renderFrontmatter(fields) + '\n', notes };
}
