// Raw HTML in editors' Markdown (often pasted from web pages or Word) must never run script.
// A satteri hast plugin with an allow list: tables, images and figures stay; script, event handlers,
// javascript: URLs and iframes from hosts not on the list are removed, and each removal is reported.

import { defineHastPlugin } from 'satteri';

/** Video hosts whose players may be embedded. */
export const IFRAME_HOSTS = ['player.bilibili.com', 'v.qq.com', 'player.youku.com', 'open.iqiyi.com'];

const ALLOWED_ELEMENTS = new Set(
  (
    'p br hr h1 h2 h3 h4 h5 h6 strong b em i u s del ins mark small sub sup span div section blockquote q cite abbr ' +
    'ul ol li dl dt dd a img picture source figure figcaption table caption thead tbody tfoot tr th td colgroup col ' +
    'pre code kbd samp time address iframe details summary'
  ).split(' '),
);
/** Removed with everything inside: their content is never reader text. */
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'object', 'embed', 'applet', 'iframe', 'frame', 'frameset', 'svg', 'math', 'form', 'base', 'link', 'meta', 'title', 'head']);
const URL_PROPERTIES = new Set(['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'data', 'background', 'xlinkHref']);
const DANGEROUS_URL = /^\s*(javascript|vbscript|data):/i;

export interface SafeHtmlWarning {
  file: string;
  message: string;
}

interface HastElementLike {
  tagName: string;
  properties?: Record<string, unknown> | undefined;
}
interface PluginContext {
  fileURL: URL | undefined;
  removeNode(node: HastElementLike): void;
  replaceNode(node: HastElementLike, content: unknown[]): void;
  setProperty(node: HastElementLike, key: string, value: unknown): void;
}

function iframeAllowed(src: unknown, hosts: string[]): boolean {
  if (typeof src !== 'string') return false;
  try {
    const url = new URL(src, 'https://invalid.invalid/');
    return url.protocol === 'https:' && hosts.includes(url.hostname);
  } catch {
    return false;
  }
}

/** The checks, separate from satteri so they can be unit-tested on plain nodes. */
export function sanitizeElement(
  node: HastElementLike,
  ctx: PluginContext,
  warn: (message: string) => void,
  hosts: string[] = IFRAME_HOSTS,
): void {
  const tag = node.tagName.toLowerCase();
  if (tag === 'iframe' && iframeAllowed(node.properties?.src, hosts)) {
    // An allowed player keeps only what it needs.
    for (const key of Object.keys(node.properties ?? {})) {
      if (!['src', 'width', 'height', 'title', 'allowFullScreen'].includes(key)) ctx.setProperty(node, key, null);
    }
    ctx.setProperty(node, 'sandbox', 'allow-scripts allow-same-origin allow-presentation');
    ctx.setProperty(node, 'loading', 'lazy');
    return;
  }
  if (DROPPED_WITH_CONTENT.has(tag)) {
    warn(tag === 'iframe' ? `已移除来自 ${String(node.properties?.src ?? '（无地址）')} 的 <iframe>：只允许 ${hosts.join('、')}` : `已移除 <${tag}> 元素`);
    ctx.removeNode(node);
    return;
  }
  if (!ALLOWED_ELEMENTS.has(tag)) {
    // Unknown wrappers (font, center, o:p …) go, their text stays.
    ctx.replaceNode(node, (node as unknown as { children?: unknown[] }).children ?? []);
    return;
  }
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    if (/^on/i.test(key)) {
      warn(`已移除 <${tag}> 上的事件属性 ${key}`);
      ctx.setProperty(node, key, null);
    } else if (key === 'style') {
      ctx.setProperty(node, key, null);
    } else if (URL_PROPERTIES.has(key) && typeof value === 'string' && DANGEROUS_URL.test(value)) {
      warn(`已移除 <${tag}> 的 ${key}="${value.slice(0, 40)}"`);
      ctx.setProperty(node, key, null);
    }
  }
}

/** The satteri hast plugin. `report` receives one warning per removal, naming the file. */
export function safeHtmlPlugin(options: { hosts?: string[]; report?: (w: SafeHtmlWarning) => void } = {}) {
  const report = options.report ?? ((w: SafeHtmlWarning) => console.warn(`[安全] ${w.file}: ${w.message}`));
  return defineHastPlugin({
    name: 'safe-html',
    element: {
      filter: [],
      visit(node, ctx) {
        const file = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname).replace(`${process.cwd()}/`, '') : '（未知文件）';
        sanitizeElement(node as unknown as HastElementLike, ctx as unknown as PluginContext, (message) => report({ file, message }), options.hosts);
      },
    },
  });
}
