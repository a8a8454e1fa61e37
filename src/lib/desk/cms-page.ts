// The /admin/ page: the generated CMS configuration, the registries the form's own fields need, and the
// HTML around the CMS (a bar with the desk's other pages). Node only: it reads content/.
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CONTENT_DIR, contentPath, entryIdFromPath, readPlaceRegistry, readSiteConfig } from '../content/files';
import { scanContent } from '../content/scan';
import { toPlainDate } from '../dates';
import { escapeHtml } from '../html';
import type { GitServer } from './desk-settings';
import { generateCmsConfig, type BulletinChoice } from './cms-config';
import { NAV } from './pages';

export interface DeskPagePayload {
  siteName: string;
  config: Record<string, unknown>;
  /** content/townships.yaml as written (the browser builds its own registry from it). */
  townships: unknown;
  county: string;
  gitServer?: GitServer | undefined;
}

/** Published news and stories, newest first: what a bulletin's table of contents may list. */
export function bulletinChoices(root: string): BulletinChoice[] {
  return scanContent(root)
    .filter((e) => (e.collection === 'news' || e.collection === 'stories') && e.data.draft !== true)
    .map((e) => ({
      ref: `${e.collection}/${entryIdFromPath(e.file)}`,
      title: typeof e.data.title === 'string' ? e.data.title : entryIdFromPath(e.file),
      date: toPlainDate(e.data.date) ?? '',
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.ref.localeCompare(b.ref));
}

/** Everything the /admin/ page needs, read fresh from content/ (a new township shows after a reload). */
export function deskPayload(root: string): DeskPagePayload {
  const site = readSiteConfig(root);
  const places = readPlaceRegistry(root);
  const contentDir = CONTENT_DIR.replace(/\\/g, '/').replace(/^\.\//, '');
  const { config } = generateCmsConfig({ site, places, contentDir, bulletinChoices: bulletinChoices(root), projectName: basename(root) });
  return {
    siteName: site.name,
    config,
    townships: parse(readFileSync(contentPath(root, 'townships.yaml'), 'utf8')),
    county: site.county,
    gitServer: site.desk.gitServer,
  };
}

export interface DeskPageOptions {
  /** On the local desk (npm run edit) the bar also links the import and publish pages. */
  localDesk: boolean;
  /** The bundled CMS script, relative to the page: cms/cms.js */
  script: string;
}

/** JSON inside <script>: nothing in it may close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function deskPageHtml(payload: DeskPagePayload, options: DeskPageOptions): string {
  // The local desk has every page of the desk (one list, NAV); a built /admin/ has only the CMS, under any base.
  const links = options.localDesk
    ? [...NAV.map((n) => [n.href, n.label]), ['/', '查看网站']]
    : [
        ['./', NAV[0]!.label],
        ['../', '查看网站'],
      ];
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<title>编辑台 · ${escapeHtml(payload.siteName)}</title>
<style>
  html, body { margin: 0; height: 100%; }
  body { display: flex; flex-direction: column; }
  .desk-bar { display: flex; align-items: center; gap: 4px 20px; flex-wrap: wrap; padding: 6px 16px; background: #8b1a1a; color: #fff;
    font: 16px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; }
  .desk-bar strong { font-size: 17px; margin-right: 8px; }
  .desk-bar a { color: #fff; padding: 6px 4px; text-underline-offset: 4px; }
  .desk-bar a[aria-current="page"] { font-weight: bold; text-decoration: none; border-bottom: 3px solid #fff; }
  #nc-root { flex: 1; min-height: 0; position: relative; }
  .desk-note { margin: 4px 0; color: #555; }
  /* One PC without a Git server: only "work with the local folder" makes sense on the sign-in page. */
  .desk-local-only .buttons > button.secondary, .desk-local-only .buttons > .spacer { display: none; }
</style>
</head>
<body>
<nav class="desk-bar" aria-label="编辑台">
  <strong>${escapeHtml(payload.siteName)} · 编辑台</strong>
  ${links.map(([href, label], i) => `<a href="${href}"${i === 0 ? ' aria-current="page"' : ''}>${label}</a>`).join('\n  ')}
</nav>
<div id="nc-root"></div>
<script type="application/json" id="desk-data">${scriptJson(payload)}</script>
<script type="module" src="${escapeHtml(options.script)}"></script>
</body>
</html>
`;
}
