// A link checker over built files: every internal href/src/srcset in every HTML page must resolve.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Site-absolute or relative URLs referenced by a page (not external, mailto, data or anchors). */
export function referencedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [, attr, value] of html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)) {
    const candidates = attr === 'srcset' ? value!.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value!];
    for (const url of candidates) {
      if (!url || /^(https?:|mailto:|tel:|data:|javascript:|#)/i.test(url)) continue;
      urls.push(url.replace(/&amp;/g, '&'));
    }
  }
  return urls;
}

export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

/** Checks every page in `outDir` served under `base` (e.g. '/ggw/'); returns what does not resolve. */
export function checkLinks(outDir: string, base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(outDir)) {
    const page = `${base}${relative(outDir, file)
      .replace(/index\.html$/, '')
      .split('\\')
      .join('/')}`;
    for (const url of referencedUrls(readFileSync(file, 'utf8'))) {
      const resolved = new URL(url, `http://site${page}`);
      const path = decodeURIComponent(resolved.pathname);
      if (!path.startsWith(base)) {
        broken.push({ page, url, reason: `不在 ${base} 之下` });
        continue;
      }
      const rel = path.slice(base.length);
      const target = rel === '' || rel.endsWith('/') ? join(outDir, rel, 'index.html') : join(outDir, rel);
      if (!existsSync(target)) broken.push({ page, url, reason: '文件不存在' });
    }
  }
  return broken;
}
