// Finds live payloads in built output: what a browser would run, load or follow, not text that merely mentions it.
import { parse, parseFragment } from 'parse5';
import { IFRAME_HOSTS } from '../../src/lib/safety/sanitize-html';
import { MARKER } from './corpus';

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string; prefix?: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'xlink:href',
  'cite',
  'ping',
  'codebase',
  'dynsrc',
  'lowsrc',
]);

/** The scheme a browser would use for this attribute value, lower-case, or '' for a relative URL. */
export function browserScheme(value: string): string {
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? '';
}
const safeScheme = (s: string) => s === '' || ['http', 'https', 'mailto', 'tel'].includes(s);

/** Problems in one HTML document or fragment. `origin` is the site's own address (its scripts may load). */
export function liveProblems(html: string, options: { fragment?: boolean; ownScripts?: boolean } = {}): string[] {
  const root = (options.fragment ? parseFragment(html) : parse(html)) as unknown as Node;
  const problems: string[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.content) stack.push(node.content);
    for (const child of node.childNodes ?? []) stack.push(child);
    if (!node.tagName) continue;
    const tag = node.tagName.toLowerCase();
    const attrs = new Map((node.attrs ?? []).map((a) => [(a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase(), a.value]));
    const say = (what: string) => problems.push(`<${tag}> ${what}`);
    for (const [name, value] of attrs) {
      if (name.startsWith('on')) say(`事件属性 ${name}="${value.slice(0, 60)}"`);
      if (URL_ATTRIBUTES.has(name) && !safeScheme(browserScheme(value))) say(`${name}="${value.slice(0, 60)}"`);
      if (name === 'srcset' && value.split(',').some((c) => !safeScheme(browserScheme(c.trim())))) say(`srcset="${value.slice(0, 60)}"`);
      if (name === 'style' && /expression|javascript|url\(/i.test(value)) say(`style="${value.slice(0, 60)}"`);
      if (name === 'srcdoc') say('srcdoc');
    }
    const text = (node.childNodes ?? []).map((c) => c.value ?? '').join('');
    // Structured data is not run; it only must not close its element early.
    if (tag === 'script' && attrs.get('type') === 'application/ld+json') {
      if (/<\/script|<!--/i.test(text)) say('JSON-LD 提前结束');
      continue;
    }
    if (
      tag === 'script' &&
      (text.includes(MARKER) || (attrs.has('src') && /^(https?:)?\/\//i.test(attrs.get('src')!)) || !options.ownScripts)
    )
      say(`脚本 ${(attrs.get('src') ?? text).slice(0, 60)}`);
    if (tag === 'meta' && /refresh/i.test(attrs.get('http-equiv') ?? '')) say(`refresh ${attrs.get('content')}`);
    if (tag === 'base' || tag === 'object' || tag === 'embed' || tag === 'applet' || tag === 'frame') say('不允许的元素');
    if (tag === 'iframe') {
      let host = '';
      try {
        host = new URL(attrs.get('src') ?? '', 'https://invalid.invalid/').hostname;
      } catch {
        /* reported below */
      }
      if (!IFRAME_HOSTS.includes(host)) say(`来自 ${attrs.get('src')} 的框架`);
    }
    if (tag === 'form' && /^(https?:)?\/\//i.test(attrs.get('action') ?? '')) say(`提交到 ${attrs.get('action')}`);
    if (tag === 'style' && text.includes(MARKER)) say('样式里的脚本');
  }
  return problems;
}
