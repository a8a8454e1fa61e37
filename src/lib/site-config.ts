// content/site.yaml: the site's settings, validated once and shared by config, pages and scripts.
import { z } from 'zod';
import { deskSettingsSchema } from './desk/desk-settings';

/**
 * One section (栏目) of the bulletin and which of the month's items `npm run bulletin` puts in it.
 * A bare name is a news section that takes whatever no other section took.
 */
const bulletinSectionSchema = z.union([
  z
    .string()
    .trim()
    .min(1, 'bulletinSections 的栏目名不能为空')
    .transform((name) => ({ name, collection: 'news' as const, topics: [] as string[], personInTitle: false })),
  z.object({
    /** 栏目名：工作动态 */
    name: z.string({ error: 'bulletinSections 的每一项都要有 name（栏目名），例如 { name: 工作动态 }' }).trim().min(1),
    /** Which items: news (工作动态稿件, the default) or stories (活动纪实). */
    collection: z.enum(['news', 'stories'], { error: 'bulletinSections 的 collection 只能是 news 或 stories' }).default('news'),
    /** Takes items with at least one of these topics. */
    topics: z.array(z.string().trim().min(1)).default([]),
    /** Takes items whose title names a 五老典型 (content/people). */
    personInTitle: z.boolean().default(false),
  }),
]);
export type BulletinSectionRule = z.output<typeof bulletinSectionSchema>;

/** Used when site.yaml has no bulletinSections. */
export const DEFAULT_BULLETIN_SECTIONS: BulletinSectionRule[] = [
  { name: '工作动态', collection: 'news', topics: ['五好基层关工委', '党建带关建'], personInTitle: false },
  { name: '基层风采', collection: 'news', topics: [], personInTitle: false },
  { name: '五老风采', collection: 'news', topics: [], personInTitle: true },
  { name: '活动纪实', collection: 'stories', topics: [], personInTitle: false },
];

export const siteConfigSchema = z.object({
  /** Short name in the header: 桐川关工 */
  name: z.string().min(1),
  /** Full name of the committee: 桐川县关心下一代工作委员会 */
  fullName: z.string().min(1),
  county: z.string().min(1),
  /** 编印单位 of the bulletin */
  editingUnit: z.string().min(1),
  /** The bulletin's name without 《》 */
  bulletinName: z.string().min(1).default('关工动态'),
  /** Whether issues also carry 总第M期 */
  runningNumber: z.boolean().default(false),
  /** Whether 第N期 restarts at 1 every January */
  numberingRestartsEachYear: z.boolean().default(true),
  /** The bulletin's sections, in print order, and which items each takes (see content/README.md). */
  bulletinSections: z
    .array(bulletinSectionSchema, { error: 'bulletinSections 应为栏目列表，例如 [工作动态, 基层风采]' })
    .min(1, 'bulletinSections 至少要有一个栏目')
    .refine((list) => new Set(list.map((s) => s.name)).size === list.length, { error: 'bulletinSections 里有重复的栏目名' })
    .default(DEFAULT_BULLETIN_SECTIONS),
  description: z.string().default(''),
  contact: z
    .object({ address: z.string().optional(), phone: z.string().optional(), email: z.string().optional() })
    .default({}),
  /** Public origin, without a sub-path: https://ggw.example.cn */
  url: z.url({ error: 'url 应为完整网址，例如 https://ggw.example.cn' }),
  /** Sub-path the site is served under: / or /ggw/ */
  base: z
    .string()
    .default('/')
    .refine((b) => b.startsWith('/'), { error: 'base 应以 / 开头，例如 / 或 /ggw/' })
    .transform((b) => (b.endsWith('/') ? b : `${b}/`)),
  /** The editors' desk: a Git server for several editors (see README, 编辑台). */
  desk: deskSettingsSchema,
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

export function parseSiteConfig(raw: unknown, file = 'content/site.yaml'): SiteConfig {
  const parsed = siteConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '（整个文件）'}: ${i.message}`).join('\n'),
    );
  }
  return parsed.data;
}
