// The one sanitizer for the final HTML of every entry (Markdown and MDX), for pages, feeds and so search and PDFs.
// Editors paste from web pages and Word; nothing they paste may run script, navigate the reader, load a frame
// from elsewhere or submit a form. The HTML is parsed as a browser parses it (parse5, the WHATWG algorithm),
// only allow-listed HTML elements and attributes are kept, URLs must be http(s), mailto, tel or relative
// after removing the control characters browsers ignore, and the tree is written out again with every
// text and attribute escaped, so what a browser reads back is exactly the tree that was checked.
import { parseFragment } from 'parse5';
import { escapeHtml, stripForbiddenChars } from '../html';

/** Video hosts whose players may be embedded. */
export const IFRAME_HOSTS = ['player.bilibili.com', 'v.qq.com', 'player.youku.com', 'open.iqiyi.com'];

const ALLOWED_ELEMENTS = new Set(
  (
    'p br hr h1 h2 h3 h4 h5 h6 strong b em i u s del ins mark small sub sup span div section blockquote q cite abbr ' +
    'ul ol li dl dt dd a img picture source figure figcaption table caption thead tbody tfoot tr th td colgroup col ' +
    'pre code kbd samp var dfn time address details summary ruby rt rp bdi wbr'
  ).split(' '),
);
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'source', 'col', 'wbr']);
/** Removed with everything inside: never reader text, or a way to run, load, submit or redirect. */
const DROPPED_WITH_CONTENT = new Set(
  (
    'script style noscript template object embed applet iframe frame frameset svg math form base link meta title head ' +
    'textarea select option optgroup button input keygen xmp plaintext noembed noframes portal fencedframe ' +
    'dialog slot param track datalist output'
  ).split(' '),
);

const GLOBAL_ATTRIBUTES = new Set(['title', 'lang', 'dir', 'role', 'aria-label', 'aria-describedby', 'aria-labelledby', 'aria-hidden']);
const ELEMENT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'loading', 'decoding'],
  source: ['srcset', 'type', 'media', 'sizes', 'width', 'height'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  time: ['datetime'],
  q: ['cite'],
  blockquote: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  details: ['open'],
  abbr: ['title'],
  section: ['data-footnotes'],
};
/** Footnotes (GFM) are the only generated markup that needs ids, classes and data attributes. */
const FOOTNOTE_ATTRIBUTES = new Set(['data-footnote-ref', 'data-footnote-backref', 'data-footnotes']);
const ALLOWED_ID = /^(user-content-[\w-]+|footnote-label)$/;
const ALLOWED_CLASS = /^(footnotes|sr-only|data-footnote-backref|language-[\w-]+)$/;
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

export interface SanitizeOptions {
  hosts?: string[] | undefined;
}

export interface SanitizeResult {
  html: string;
  /** What was removed, each kind once with how often: "<script>（含内容）×2", "<img> 的 onerror 属性". */
  removed: string[];
}

/**
 * A URL as the browser will read it: ASCII tab and line breaks removed anywhere, controls and spaces trimmed at
 * the ends. Undefined when it is not allowed: another scheme (javascript:, data:, vbscript: …), or unparsable.
 */
export function safeUrl(value: string): string | undefined {
  const url = stripForbiddenChars(value.replace(/[\t\n\r]/g, '')).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (/[\u0000-\u001F\u007F-\u009F]/.test(url)) return undefined;
  const scheme = /^([^/?#]*?):/.exec(url);
  if (scheme) {
    if (!ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase())) return undefined;
  }
  try {
    // Browsers treat \ as / ; a URL they cannot parse is not a link worth keeping (and crashes later readers).
    new URL(url.replace(/\\/g, '/'), 'https://example.invalid/a/b/');
  } catch {
    return undefined;
  }
  return url;
}

function safeSrcset(value: string): string | undefined {
  const candidates = value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const candidate of candidates) {
    const [url, ...descriptor] = candidate.split(/\s+/);
    const safe = safeUrl(url ?? '');
    if (safe === undefined || !descriptor.every((d) => /^\d+(\.\d+)?[wx]$/.test(d))) return undefined;
    out.push([safe, ...descriptor].join(' '));
  }
  return out.length ? out.join(', ') : undefined;
}

function iframeAllowed(src: string | undefined, hosts: string[]): boolean {
  const safe = src === undefined ? undefined : safeUrl(src);
  if (!safe) return false;
  try {
    const url = new URL(safe, 'https://invalid.invalid/');
    return url.protocol === 'https:' && hosts.includes(url.hostname);
  } catch {
    return false;
  }
}

interface P5Attr {
  name: string;
  value: string;
  prefix?: string;
}
interface P5Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: P5Attr[];
  childNodes?: P5Node[];
  value?: string;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Sanitizes an HTML fragment. Never throws on any input; nesting depth does not matter (no recursion). */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): SanitizeResult {
  const hosts = options.hosts ?? IFRAME_HOSTS;
  const counts = new Map<string, number>();
  const removed = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
  const fragment = parseFragment(stripForbiddenChars(html)) as unknown as P5Node;
  const out: string[] = [];
  // An explicit stack of work: a node to write, or a closing tag to write after its children.
  const stack: (P5Node | { close: string })[] = [...(fragment.childNodes ?? [])].reverse();
  const parents: string[] = [];
  while (stack.length) {
    const item = stack.pop()!;
    if ('close' in item) {
      out.push(item.close);
      parents.pop();
      continue;
    }
    const node = item;
    if (node.nodeName === '#text') {
      out.push(escapeHtml(node.value ?? ''));
      continue;
    }
    if (!node.tagName) {
      if (node.nodeName === '#comment') removed('HTML 注释'); // never reader text; Word's conditional comments hide markup
      continue;
    }
    const tag = node.tagName.toLowerCase();
    if (node.namespaceURI !== HTML_NS) {
      removed(`<${tag}>（${node.namespaceURI?.includes('svg') ? 'SVG' : 'MathML'}，含内容）`);
      continue;
    }
    const attrs = new Map((node.attrs ?? []).map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name.toLowerCase(), a.value]));
    if (tag === 'iframe' && iframeAllowed(attrs.get('src'), hosts)) {
      const kept = [`src="${escapeHtml(safeUrl(attrs.get('src')!)!)}"`];
      for (const key of attrs.keys())
        if (!['src', 'width', 'height', 'title', 'allowfullscreen'].includes(key))
          removed(`<iframe> 的 ${/^on/.test(key) ? '事件属性 ' : ''}${key}${/^on/.test(key) ? '' : ' 属性'}`);
      for (const key of ['width', 'height', 'title'])
        if (attrs.has(key) && /^[^<>"]*$/.test(attrs.get(key)!)) kept.push(`${key}="${escapeHtml(attrs.get(key)!)}"`);
      if (attrs.has('allowfullscreen')) kept.push('allowfullscreen');
      kept.push('sandbox="allow-scripts allow-same-origin allow-presentation"', 'loading="lazy"');
      out.push(`<iframe ${kept.join(' ')}></iframe>`);
      continue;
    }
    if (DROPPED_WITH_CONTENT.has(tag)) {
      removed(tag === 'iframe' ? `<iframe>（来自 ${hostOf(attrs.get('src'))}，只允许 ${hosts.join('、')}）` : `<${tag}>（含内容）`);
      continue;
    }
    const children = tag === 'template' ? [] : (node.childNodes ?? []);
    // <source> belongs in <picture>; elsewhere (a <video> that was unwrapped) it shows nothing.
    if (!ALLOWED_ELEMENTS.has(tag) || (tag === 'source' && parents.at(-1) !== 'picture')) {
      // Unknown wrappers (font, center, marquee, o:p …) go; what they contain is sanitized like the rest.
      removed(`<${tag}>（保留其中文字）`);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      continue;
    }
    const kept: string[] = [];
    for (const [name, value] of attrs) {
      const keep = keepAttribute(tag, name, value, removed);
      if (keep !== undefined) kept.push(keep === '' && isBoolean(name) ? name : `${name}="${escapeHtml(keep)}"`);
    }
    out.push(`<${tag}${kept.length ? ` ${kept.join(' ')}` : ''}>`);
    if (VOID_ELEMENTS.has(tag)) continue; // the parser never gives them children
    // The parser eats one line break right after <pre>: write it twice so a leading blank line survives.
    const first = children[0];
    if (tag === 'pre' && first?.nodeName === '#text' && first.value?.startsWith('\n')) out.push('\n');
    parents.push(tag);
    stack.push({ close: `</${tag}>` });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { html: out.join(''), removed: [...counts].map(([what, n]) => (n > 1 ? `${what}×${n}` : what)) };
}

const isBoolean = (name: string) => ['reversed', 'open', 'data-footnote-ref', 'data-footnote-backref', 'data-footnotes'].includes(name);

function hostOf(src: string | undefined): string {
  try {
    return src ? new URL(src, 'https://invalid.invalid/').hostname || src.slice(0, 60) : '（无地址）';
  } catch {
    return src!.slice(0, 60);
  }
}

/** The value to keep for an attribute ('' for a boolean one), or undefined when it goes. */
function keepAttribute(tag: string, name: string, value: string, removed: (what: string) => void): string | undefined {
  if (name === 'style') {
    // Markdown tables align cells with an inline style; the CSP would block it anyway. Editors' styles are reported.
    if (!((tag === 'td' || tag === 'th') && /^\s*text-align:\s*(left|right|center);?\s*$/i.test(value))) removed(`<${tag}> 的 style 属性`);
    return undefined;
  }
  if (name === 'id') {
    // Headings keep the ids Astro gives them (links to a section); footnotes keep theirs.
    if (ALLOWED_ID.test(value) || (/^h[1-6]$/.test(tag) && /^[^\s"'<>&]+$/.test(value))) return value;
    removed(`<${tag}> 的 id="${describe(value)}"`);
    return undefined;
  }
  if (name === 'class') {
    const classes = value.split(/\s+/).filter((c) => ALLOWED_CLASS.test(c));
    if (classes.length !== value.split(/\s+/).filter(Boolean).length) removed(`<${tag}> 的 class="${describe(value)}"`);
    return classes.length ? classes.join(' ') : undefined;
  }
  if (FOOTNOTE_ATTRIBUTES.has(name)) return '';
  if (!GLOBAL_ATTRIBUTES.has(name) && !(ELEMENT_ATTRIBUTES[tag] ?? []).includes(name)) {
    removed(/^on/i.test(name) ? `<${tag}> 的事件属性 ${name}` : `<${tag}> 的 ${name} 属性`);
    return undefined;
  }
  if (URL_ATTRIBUTES.has(name)) {
    const safe = safeUrl(value);
    if (safe === undefined) removed(`<${tag}> 的 ${name}="${describe(value)}"`);
    return safe;
  }
  if (name === 'srcset') {
    const safe = safeSrcset(value);
    if (safe === undefined) removed(`<${tag}> 的 srcset="${describe(value)}"`);
    return safe;
  }
  return value;
}

/** A removed value, short and with its hidden characters made visible, for the build log. */
function describe(value: string): string {
  const shown = value.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}

/** "<script>（含内容）、style 属性×3" for one log line. */
export function describeRemovals(removed: string[]): string {
  return removed.join('、');
}
