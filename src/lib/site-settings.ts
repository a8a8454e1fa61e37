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
        issue.code === 'unrecognized_keys'
          ? `deploy 里只能写 folder 或 rsync，不认识：${(issue as { keys: string[] }).keys.join('、')}。${DEPLOY_HINT}`
          : `deploy 格式不对。${DEPLOY_HINT}`,
    },
  )
  .refine((d) => !!d.folder !== !!d.rsync, { error: `deploy 里 folder 和 rsync 要写一个，也只能写一个。${DEPLOY_HINT}` });

export type DeploySetting = z.infer<typeof deploySchema>;

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
  contact: z.object({ address: z.string().optional(), phone: z.string().optional(), email: z.string().optional() }).default({}),
  /** The committee's WeChat official account (公众号), shown first on the subscribe page when set. */
  wechat: z
    .object(
      {
        /** 公众号名称: 桐川关工 */
        name: z.string({ error: 'wechat.name（公众号名称）必填，例如 name: 桐川关工' }).trim().min(1, 'wechat.name（公众号名称）不能为空'),
        /** QR code image, relative to content/: wechat-qr.png */
        qr: z
          .string()
          .trim()
          .regex(/^[^/\\].*\.(png|jpe?g|webp|gif|svg)$/i, {
            error: (iss) =>
              `wechat.qr（二维码图片）应为 content/ 里的图片文件名，例如 wechat-qr.png（png、jpg、webp、gif 或 svg），收到 "${String(iss.input)}"`,
          })
          .optional(),
      },
      { error: 'wechat 应写成 { name: 公众号名称, qr: wechat-qr.png }' },
    )
    .optional(),
  /** The registrations Chinese public sites show in the footer; each is shown when set. */
  beian: z
    .object(
      {
        /** ICP 备案号: 湘ICP备12345678号-1 (linked to beian.miit.gov.cn) */
        icp: z
          .string()
          .trim()
          .regex(/^\p{Script=Han}ICP[备证]\d{6,10}号(-\d{1,3})?$/u, {
            error: (iss) => `beian.icp（ICP备案号）格式不对，收到 "${String(iss.input)}"，应像 湘ICP备12345678号-1`,
          })
          .optional(),
        /** 公安备案号: 湘公网安备43010202000123号 (linked to the national query with its 14-digit number) */
        police: z
          .string()
          .trim()
          .regex(/^\p{Script=Han}公网安备\s?\d{14}号$/u, {
            error: (iss) => `beian.police（公安备案号）格式不对，收到 "${String(iss.input)}"，应像 湘公网安备43010202000123号（14位数字）`,
          })
          .optional(),
        /** 网站标识码 of a government site: 10 digits or capital letters */
        siteCode: z
          .string()
          .trim()
          .regex(/^[0-9A-Z]{10}$/, { error: (iss) => `beian.siteCode（网站标识码）应为10位数字或大写字母，收到 "${String(iss.input)}"` })
          .optional(),
      },
      { error: 'beian 应写成 { icp: …, police: …, siteCode: … }，三项都可以不写' },
    )
    .default({}),
  /** Public origin, without a sub-path: https://ggw.example.cn */
  url: z
    .unknown()
    .superRefine((v, ctx) => {
      const problem = siteUrlProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((v) => String(v).trim()),
  /** Sub-path the site is served under: / or /ggw/ */
  base: z
    .unknown()
    .default('/')
    .superRefine((v, ctx) => {
      const problem = basePathProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((v) => {
      const b = String(v).trim();
      return b.endsWith('/') ? b : `${b}/`;
    }),
  /** Where 生成网站 on the editors' desk (npm run edit) copies the built site; absent: it stays in dist/. */
  deploy: deploySchema.optional(),
  /** The editors' desk: a Git server for several editors (see README, 编辑台). */
  desk: deskSettingsSchema,
});

const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v)));

/**
 * Why a site address is not usable, or undefined. It goes into every feed, share card, sitemap and PDF link:
 * only http(s), a host, no user name or password, no sub-path (that is `base`), no query or fragment.
 */
export function siteUrlProblem(value: unknown): string | undefined {
  const hint = '应为网站的完整地址，以 https:// 或 http:// 开头，不带子路径，例如 https://ggw.example.cn';
  if (typeof value !== 'string' || !value.trim()) return `url（网站地址）${hint}，收到 ${shown(value)}`;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return `url（网站地址）${shown(value)} 不是网址。${hint}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `url（网站地址）${shown(value)} 不是 http(s) 网址。${hint}`;
  if (!url.hostname || url.username || url.password) return `url（网站地址）${shown(value)} 没有主机名或带了用户名、密码。${hint}`;
  if (url.pathname !== '/' || url.search || url.hash)
    return `url（网站地址）${shown(value)} 带了子路径、? 或 #。${hint}；子路径写在 base 里`;
  return undefined;
}

/** Why a base path is not usable, or undefined: a path on the site's own host, never `//other.host/`. */
export function basePathProblem(value: unknown): string | undefined {
  const hint = '应以 / 开头，只用字母、数字、- _ . 和 /，例如 / 或 /ggw/';
  if (typeof value !== 'string') return `base（子路径）${hint}，收到 ${shown(value)}`;
  const b = value.trim();
  if (!b.startsWith('/')) return `base（子路径）${shown(value)} 不以 / 开头。${hint}`;
  if (b.startsWith('//')) return `base（子路径）${shown(value)} 以 // 开头，会被浏览器当成另一个网站的地址。${hint}`;
  if (!/^[A-Za-z0-9._~/-]+$/.test(b) || b.split('/').some((part) => part === '..' || part === '.'))
    return `base（子路径）${shown(value)} 含有不允许的字符或 . ..。${hint}`;
  return undefined;
}

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Where a 公安备案号 is looked up: the national query page, by its 14-digit number. */
export function policeBeianUrl(record: string): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${record.replace(/\D/g, '')}`;
}

/** Where an ICP 备案号 is looked up. */
export const ICP_BEIAN_URL = 'https://beian.miit.gov.cn/';

export function parseSiteConfig(raw: unknown, file = 'content/site.yaml'): SiteConfig {
  const parsed = siteConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '（整个文件）'}: ${i.message}`).join('\n'));
  }
  return parsed.data;
}
