// content/site.yaml: the site's settings, validated once and shared by config, pages and scripts.
import { z } from 'zod';

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

const DEPLOY_HINT = 'deploy 写成 { folder: 文件夹路径 }（复制到本机或共享文件夹）或 { rsync: 用户@服务器:/目录/ }（经 SSH 上传）';

/** A folder path, or user@host:/absolute/path/ for rsync over SSH; never a whole disk or a top-level folder. */
const deploySchema = z
  .strictObject(
    {
      /** 复制到这个文件夹（本机或共享盘）：D:/网站/ggw 或 /srv/www/ggw */
      folder: z.string({ error: 'deploy.folder 应为文件夹路径，例如 D:/网站/ggw' }).trim().min(1, 'deploy.folder 不能为空').optional(),
      /** 用 rsync 经 SSH 上传：deploy@www.example.gov.cn:/var/www/ggw/ */
      rsync: z
        .string({ error: 'deploy.rsync 应为 用户@服务器:/目录/，例如 deploy@www.example.gov.cn:/var/www/ggw/' })
        .trim()
        .regex(/^(?:[A-Za-z0-9._-]+@)?[A-Za-z0-9.-]+:\/[A-Za-z0-9._~/-]*$/, {
          error: 'deploy.rsync 应为 用户@服务器:/目录/，例如 deploy@www.example.gov.cn:/var/www/ggw/（目录用英文字母、数字、-、_、.）',
        })
        .refine((target) => target.split(':').slice(1).join(':').split('/').filter(Boolean).length >= 2, {
          error: 'deploy.rsync 的目录至少要有两级（例如 /var/www/ggw/）：上传会删去目录里多余的文件，不能指向 / 或 /var 这样的上级目录',
        })
        .optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `deploy 里只能写 folder 或 rsync，不认识：${(issue as { keys: string[] }).keys.join('、')}。${DEPLOY_HINT}` : `deploy 格式不对。${DEPLOY_HINT}`,
    },
  )
  .refine((d) => !!d.folder !== !!d.rsync, { error: `deploy 里 folder 和 rsync 要写一个，也只能写一个。${DEPLOY_HINT}` });

export type DeploySetting = z.infer<typeof deploySchema>;

const siteConfigSchema = z.object({
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
  /** Where 生成网站 on the editors' desk (npm run edit) copies the built site; absent: it stays in dist/. */
  deploy: deploySchema.optional(),
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
