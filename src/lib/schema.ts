// The contract between editors and code: one zod schema per collection.
// Every message names the field, shows the value received and says what is allowed, in Chinese.
import { z } from 'zod';
import { toPlainDate, isYearMonth } from './dates';
import { describeTownships, describeVillages, type PlaceRegistry } from './places';
import { stripForbiddenChars } from './html';

export const PERSON_CATEGORIES = ['老干部', '老战士', '老专家', '老教师', '老模范'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
export const HONOUR_LEVELS = ['乡镇级', '县级', '市级', '省级', '全国'] as const;
export const REFERENCE_COLLECTIONS = ['news', 'stories'] as const;

export interface SchemaTools<I extends z.ZodType = z.ZodType> {
  /** Astro's image() from the schema context; a plain string schema in unit tests. */
  image: () => I;
  places: PlaceRegistry;
}

/** A value as an editor would recognise it in the error message. */
export function showValue(value: unknown): string {
  if (value === undefined) return '（空）';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '（无效日期）' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `"${value}"`;
  return JSON.stringify(value) ?? String(value);
}

const missing = (label: string, hint: string) => `缺少${label}（必填）。${hint}`;

function text(label: string, example: string) {
  return z
    .string({
      error: (iss) => (iss.input === undefined ? missing(label, `例如：${example}`) : `${label}应为文字，收到 ${showValue(iss.input)}`),
    })
    .transform(stripForbiddenChars)
    .pipe(z.string().trim().min(1, `${label}不能为空。例如：${example}`));
}

/** An optional field: a blank YAML value (`endDate:` → null) or '' counts as not written. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === null || v === '' ? undefined : v), schema.optional());
}

// Control characters pasted with a text (\v from Word, \x01 from web pages) are dropped: no page, feed or card may carry them.
const optionalText = (label: string) =>
  optional(z.string({ error: (iss) => `${label}应为文字，收到 ${showValue(iss.input)}` }).transform((s) => stripForbiddenChars(s).trim()));

/** "missing" when absent, "wrong kind" otherwise: editors fix the two differently. */
const missingOr = (label: string, hint: string, expected: string) => (iss: { input: unknown }) =>
  iss.input === undefined ? missing(label, hint) : `${label}应为${expected}，收到 ${showValue(iss.input)}。${hint}`;

function list<T extends z.ZodType>(item: T, label: string, example: string) {
  return z.array(item, { error: missingOr(label, `例如 ${example}`, `列表`) });
}

function plainDate(label: string) {
  return z
    .unknown()
    .refine((v) => v !== undefined && v !== null && v !== '', { error: missing(label, '格式 YYYY-MM-DD，例如 2025-11-03') })
    .transform((value, ctx) => {
      const date = toPlainDate(value);
      if (!date) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} ${showValue(value)} 不是有效日期。应写成 YYYY-MM-DD 格式的真实日期，例如 2025-11-03`,
        });
        return z.NEVER;
      }
      return date;
    });
}

const year = (label: string) =>
  z
    .number({ error: (iss) => `${label}应为四位数年份，例如 2008，收到 ${showValue(iss.input)}` })
    .int(`${label}应为整数年份`)
    .min(1900, `${label}不能早于 1900`)
    .max(2100, `${label}不能晚于 2100`);

const topics = z
  .array(
    z
      .string({ error: (iss) => `topics（专题）的每一项应为文字，收到 ${showValue(iss.input)}` })
      .transform(stripForbiddenChars)
      .pipe(z.string().trim().min(1)),
    {
      error: (iss) => `topics（专题）应为列表，例如 [留守儿童, 假日学校]，收到 ${showValue(iss.input)}`,
    },
  )
  .default([])
  .transform((list) => [...new Set(list)]);

const draft = z.boolean({ error: (iss) => `draft 只能是 true 或 false，收到 ${showValue(iss.input)}` }).default(false);

/**
 * An entry written in Traditional characters on purpose (a letter from Taiwan, a reprint) says so with
 * `lang: zh-Hant`: its page is marked with that language and `npm run check` does not ask to convert it.
 */
const lang = z
  .enum(['zh-Hans', 'zh-Hant'], {
    error: (iss) => `lang（文字）只能是 zh-Hant（有意用繁体字的稿件）或 zh-Hans，收到 ${showValue(iss.input)}`,
  })
  .optional();

/** Notes an importer leaves for a human ("疑似乱码" …). Entries with notes are drafts until cleared. */
const reviewNotes = z.array(z.string()).default([]);

function townshipId(places: PlaceRegistry, label = 'township（乡镇）') {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? missing(label, `可用：${describeTownships(places)}`)
          : `${label}应为乡镇 id，收到 ${showValue(iss.input)}`,
    })
    .refine((id) => places.byId.has(id), {
      error: (iss) => `未知的${label} ${showValue(iss.input)}。可用：${describeTownships(places)}`,
    });
}

/** Adds an issue on `village` when it does not belong to the entry's township. */
function checkVillage(places: PlaceRegistry, data: { township: string; village?: string | undefined }, ctx: z.RefinementCtx) {
  const township = places.byId.get(data.township);
  if (!data.village || !township) return;
  if (!township.villages.some((v) => v.id === data.village)) {
    const elsewhere = places.townships.filter((t) => t.villages.some((v) => v.id === data.village)).map((t) => t.name);
    ctx.addIssue({
      code: 'custom',
      path: ['village'],
      message:
        `村（社区）${showValue(data.village)} 不属于${township.name}（${township.id}）` +
        (elsewhere.length ? `，它属于${elsewhere.join('、')}` : '') +
        `。${township.name}可用：${describeVillages(township)}`,
    });
  }
}

function imageWithAlt<I extends z.ZodType>(tools: SchemaTools<I>) {
  return z.object(
    {
      image: z
        .unknown()
        .refine((v) => typeof v === 'string' && v.trim() !== '', {
          error: missingOr('gallery.image（图片文件）', '例如 ./1.jpg', '图片路径'),
        })
        .pipe(tools.image()),
      caption: optionalText('caption（图片说明）'),
      alt: optionalText('alt（图片替代文字）'),
    },
    { error: (iss) => `gallery（图集）的每一项应写成 { image: ./1.jpg, caption: 图片说明 }，收到 ${showValue(iss.input)}` },
  );
}

export function newsSchema<I extends z.ZodType>(tools: SchemaTools<I>) {
  return z
    .object({
      title: text('title（标题）', '东塘镇关工委开展暑期防溺水宣传'),
      date: plainDate('date（日期）'),
      township: townshipId(tools.places),
      village: optionalText('village（村、社区）'),
      author: optionalText('author（通讯员）'),
      source: optionalText('source（来源）'),
      topics,
      cover: optional(tools.image()),
      coverAlt: optionalText('coverAlt（封面图替代文字）'),
      summary: optionalText('summary（摘要）'),
      draft,
      reviewNotes,
      lang,
    })
    .superRefine((data, ctx) => checkVillage(tools.places, data, ctx));
}

export function personSchema<I extends z.ZodType>(tools: SchemaTools<I>) {
  return z
    .object({
      name: text('name（姓名）', '李秀英'),
      /** When the profile was published (订阅源和排序用); optional for older profiles. */
      date: optional(plainDate('date（发布日期）')),
      category: z.enum(PERSON_CATEGORIES, {
        error: (iss) =>
          iss.input === undefined
            ? missing('category（五老类别）', `只能是：${PERSON_CATEGORIES.join('、')}`)
            : `未知的 category（五老类别）${showValue(iss.input)}。只能是：${PERSON_CATEGORIES.join('、')}`,
      }),
      township: townshipId(tools.places),
      village: optionalText('village（村、社区）'),
      /** One line under the name: 退休教师，东塘镇荷花村关工小组组长 */
      role: optionalText('role（身份）'),
      gender: optional(z.enum(['男', '女'], { error: (iss) => `gender（性别）只能是 男 或 女，收到 ${showValue(iss.input)}` })),
      birthYear: optional(year('birthYear（出生年份）')),
      /** When the birth year is not known or not to be published: 七十多岁 */
      ageBand: optionalText('ageBand（年龄段）'),
      activeSince: year('activeSince（开始从事关心下一代工作的年份）'),
      activeUntil: optional(year('activeUntil（结束年份）')),
      portrait: optional(tools.image()),
      portraitAlt: optionalText('portraitAlt（照片替代文字）'),
      honours: list(
        z.object(
          {
            level: z.enum(HONOUR_LEVELS, {
              error: (iss) => `honours.level（荣誉级别）${showValue(iss.input)} 无效。只能是：${HONOUR_LEVELS.join('、')}`,
            }),
            year: year('honours.year（获得年份）'),
            title: text('honours.title（荣誉名称）', '全国关心下一代工作先进个人'),
          },
          { error: (iss) => `honours（荣誉）的每一项应写成 { level: 县级, year: 2018, title: 荣誉名称 }，收到 ${showValue(iss.input)}` },
        ),
        'honours（荣誉）',
        '[{ level: 县级, year: 2018, title: 桐川县关心下一代工作先进个人 }]',
      ).default([]),
      quote: optionalText('quote（一句话）'),
      summary: optionalText('summary（摘要）'),
      featured: z.boolean({ error: (iss) => `featured 只能是 true 或 false，收到 ${showValue(iss.input)}` }).default(false),
      topics,
      draft,
      reviewNotes,
      lang,
    })
    .superRefine((data, ctx) => {
      checkVillage(tools.places, data, ctx);
      if (data.activeUntil !== undefined && data.activeUntil < data.activeSince) {
        ctx.addIssue({
          code: 'custom',
          path: ['activeUntil'],
          message: `activeUntil（结束年份）${data.activeUntil} 早于 activeSince（开始年份）${data.activeSince}`,
        });
      }
    });
}

export function storySchema<I extends z.ZodType>(tools: SchemaTools<I>) {
  return z
    .object({
      title: text('title（标题）', '“五老”进校园 红色故事代代传'),
      date: plainDate('date（日期，多日活动写开始日期）'),
      endDate: optional(plainDate('endDate（结束日期）')),
      townships: z
        .array(townshipId(tools.places, 'townships（乡镇）'), {
          error: (iss) =>
            iss.input === undefined
              ? missing('townships（乡镇列表）', `例如 [dongtang]，可用：${describeTownships(tools.places)}`)
              : `townships（乡镇列表）应为列表，例如 [dongtang]，收到 ${showValue(iss.input)}`,
        })
        .min(1, 'townships（乡镇列表）至少写一个乡镇'),
      /** ids of people entries (content/people) who took part. */
      people: list(
        z.string({ error: (iss) => `people（参与的五老）的每一项应为五老典型的文件名，例如 li-xiuying，收到 ${showValue(iss.input)}` }),
        'people（参与的五老）',
        '[li-xiuying, zhou-deming]',
      ).default([]),
      cover: optional(tools.image()),
      coverAlt: optionalText('coverAlt（封面图替代文字）'),
      gallery: list(imageWithAlt(tools), 'gallery（图集）', '[{ image: ./1.jpg, caption: 图片说明 }]').default([]),
      author: optionalText('author（作者）'),
      topics,
      summary: optionalText('summary（摘要）'),
      draft,
      reviewNotes,
      lang,
    })
    .superRefine((data, ctx) => {
      if (data.endDate && data.endDate < data.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: `endDate（结束日期）${data.endDate} 早于 date（开始日期）${data.date}`,
        });
      }
    });
}

const referencePattern = new RegExp(`^(${REFERENCE_COLLECTIONS.join('|')})/[^/\\s]+$`);

export function bulletinSchema() {
  return z
    .object({
      /** Defaults to 2025年第11期 */
      title: optionalText('title（标题）'),
      issue: z
        .number({ error: missingOr('issue（期号，第N期）', '只写数字，例如 11', '正整数') })
        .int('issue（期号）应为整数')
        .min(1, 'issue（期号）从 1 开始'),
      runningNumber: optional(
        z
          .number({ error: (iss) => `runningNumber（总期号）应为正整数，收到 ${showValue(iss.input)}` })
          .int('runningNumber（总期号）应为整数')
          .min(1, 'runningNumber（总期号）从 1 开始'),
      ),
      month: z
        .string({ error: missingOr('month（所属年月）', '格式 YYYY-MM，例如 2025-11', '年月文字') })
        .refine(isYearMonth, { error: (iss) => `month（所属年月）${showValue(iss.input)} 无效，应写成 YYYY-MM，例如 2025-11` }),
      date: plainDate('date（出刊日期）'),
      editor: text('editor（责任编辑）', '王晓梅'),
      contents: z
        .array(
          z.object(
            {
              section: text('contents.section（栏目名）', '工作动态'),
              items: z
                .array(
                  z.string().refine((ref) => referencePattern.test(ref), {
                    error: (iss) =>
                      `目录条目 ${showValue(iss.input)} 格式不对。应写成 news/<新闻文件名> 或 stories/<活动纪实文件名>，例如 news/2025-11-03-dongtang-fangnishui`,
                  }),
                )
                .min(1, '每个栏目至少一篇'),
            },
            { error: (iss) => `contents（目录）的每一项应写成 { section: 栏目名, items: [...] }，收到 ${showValue(iss.input)}` },
          ),
          { error: missingOr('contents（目录）', '例如 - section: 工作动态 / items: [news/…]', '栏目列表') },
        )
        .min(1, 'contents（目录）至少一个栏目'),
      draft,
    })
    .transform((data) => ({ ...data, title: data.title ?? `${data.month.slice(0, 4)}年第${data.issue}期` }));
}
