// site.yaml's `desk:` block: how the editors' desk (npm run edit, /admin/) reaches the content.
// Without a Git server the desk works on one PC only (the browser edits the project folder directly);
// with one, several editors sign in to a self-hosted Gitea or Forgejo and /admin/ is also built for the site.
import { z } from 'zod';

const https = (field: string) =>
  z
    .string({ error: `desk.gitServer.${field} 应为网址，例如 https://git.example.gov.cn` })
    .trim()
    .refine((v) => /^https:\/\/[^/\s]+/.test(v), {
      error: (iss) => `desk.gitServer.${field} "${String(iss.input)}" 必须以 https:// 开头（浏览器只允许通过 HTTPS 登录 Gitea/Forgejo）`,
    })
    .transform((v) => v.replace(/\/+$/, ''));

export const gitServerSchema = z.object({
  /** gitea or forgejo: both speak the same API; the CMS treats them alike. */
  kind: z.enum(['gitea', 'forgejo'], { error: 'desk.gitServer.kind 只能是 gitea 或 forgejo' }).default('gitea'),
  /** Root address of the Git server on the intranet: https://git.example.gov.cn */
  url: https('url'),
  /** owner/name of the site's repository on that server: ggw/site */
  repo: z
    .string({ error: 'desk.gitServer.repo 应写成 所有者/仓库名，例如 ggw/site' })
    .trim()
    .regex(/^[\w.-]+\/[\w.-]+$/, 'desk.gitServer.repo 应写成 所有者/仓库名，例如 ggw/site'),
  /** Branch the editors commit to and CI publishes from. */
  branch: z.string().trim().min(1).default('main'),
  /** Client ID of the OAuth2 application created on the Git server (not confidential: PKCE, no secret). */
  appId: z
    .string({ error: 'desk.gitServer.appId 缺少：在 Gitea/Forgejo 的“应用”里创建 OAuth2 应用后复制客户端 ID' })
    .trim()
    .min(1, 'desk.gitServer.appId 不能为空'),
});
export type GitServer = z.output<typeof gitServerSchema>;

export const deskSettingsSchema = z
  .object({
    /** Set it for several editors; leave it out for one PC (local folder mode). */
    gitServer: gitServerSchema.optional(),
  })
  .default({});
export type DeskSettings = z.output<typeof deskSettingsSchema>;
