// content/site.yaml: the site's settings, validated once and shared by config, pages and scripts.
import { z } from 'zod';

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
