// The desk's own pages (导入稿件, 生成网站): plain HTML, large text, the shared nav bar, and the page's
// browser script (src/scripts/desk/*.ts, bundled by server.ts). Nothing is fetched from outside.
import { escapeHtml } from '../html';

export const NAV = [
  { href: '/admin/', label: '编辑内容' },
  { href: '/admin/import/', label: '导入稿件' },
  { href: '/admin/bulletin/', label: '起草《关工动态》' },
  { href: '/admin/publish/', label: '生成网站' },
] as const;

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --line: #c9c9c9; --accent: #9b1c1c; --ok: #1d6b33; --warn: #8a5a00; --bad: #b3261e; --soft: #f6f3ee; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { font-size: 20px; }
body { margin: 0; font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; color: var(--ink); background: #fff; line-height: 1.7; }
a { color: #0b4f9c; }
button, input, select, textarea { font: inherit; }
.desk-nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; align-items: center; padding: 0.6rem 1.5rem; background: var(--accent); color: #fff; }
.desk-nav strong { font-size: 1.05rem; margin-right: 1rem; }
.desk-nav a { color: #fff; text-decoration: none; padding: 0.35rem 0.2rem; border-bottom: 3px solid transparent; }
.desk-nav a[aria-current="page"] { border-bottom-color: #fff; font-weight: bold; }
main { max-width: 1400px; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.6rem; margin: 0.6rem 0; }
h2 { font-size: 1.3rem; margin: 1.2rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 0.4rem; }
.lead { color: var(--muted); margin-top: 0; }
.button { display: inline-block; min-height: 48px; padding: 0.5rem 1.3rem; border: 2px solid var(--accent); border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; font-weight: bold; text-decoration: none; }
.button.secondary { background: #fff; color: var(--accent); }
.button:disabled { opacity: 0.5; cursor: default; }
.button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
.problem { border-left: 6px solid var(--bad); background: #fdecea; padding: 0.6rem 1rem; margin: 0.6rem 0; }
.notice { border-left: 6px solid var(--warn); background: #fff6e0; padding: 0.6rem 1rem; margin: 0.6rem 0; }
.success { border-left: 6px solid var(--ok); background: #e8f5ec; padding: 0.6rem 1rem; margin: 0.6rem 0; }
.muted { color: var(--muted); }
`;

export interface PageOptions {
  title: string;
  /** Which nav entry is this page. */
  current: string;
  body: string;
  /** The page's own styles. */
  style?: string | undefined;
  /** URL of the page's browser script. */
  script?: string | undefined;
  /** Data for the script, embedded as JSON. */
  data?: unknown;
}

/** JSON that is safe inside <script>: no </script>, no <!--. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function deskPage(options: PageOptions): string {
  const nav = NAV.map(
    (n) => `<a href="${n.href}"${n.href === options.current ? ' aria-current="page"' : ''}>${escapeHtml(n.label)}</a>`,
  ).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<link rel="icon" href="data:,">
<title>${escapeHtml(options.title)} · 关工动态编辑台</title>
<style>${STYLE}${options.style ?? ''}</style>
</head>
<body>
<nav class="desk-nav" aria-label="编辑台"><strong>关工动态编辑台</strong>${nav}</nav>
<main>
${options.body}
</main>
${options.data !== undefined ? `<script type="application/json" id="desk-data">${scriptJson(options.data)}</script>` : ''}
${options.script ? `<script src="${options.script}" defer></script>` : ''}
</body>
</html>
`;
}
