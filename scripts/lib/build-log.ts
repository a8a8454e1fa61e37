// Astro's build prints a line for every page and every image variant (about 2,000 for the demo, 30,000 for a
// big county). This condenses them to counts while everything else (warnings, errors, the content check, phase
// headers) is shown as it comes; the full log goes to a file.
import { withoutAnsi } from '../../src/lib/text/ansi';

export type BuildLineKind = 'page' | 'reused-page' | 'image' | 'route-header' | 'blank' | 'other';

const PAGE = /^(?:\d\d:\d\d:\d\d )?\s+[├└]─ \S+ \(\+[^)]+\)/;
/** A page or card Astro's incremental build copied from the last build instead of rendering it. */
const REUSED_PAGE = /^(?:\d\d:\d\d:\d\d )?\s+[├└]─ \S+ \((?:cached|restored)\)/;
const IMAGE = /^(?:\d\d:\d\d:\d\d )?\s+▶ \/\S+ .*\(\d+\/\d+\)\s*$/;
/** Astro's "▶ src/pages/news/[id].astro" before the pages of a route. */
const ROUTE_HEADER = /^(?:\d\d:\d\d:\d\d )?\s*▶ src\/pages\//;

export function classifyBuildLine(coloured: string): BuildLineKind {
  const line = withoutAnsi(coloured);
  if (!line.trim()) return 'blank';
  if (PAGE.test(line)) return 'page';
  if (REUSED_PAGE.test(line)) return 'reused-page';
  if (IMAGE.test(line)) return 'image';
  if (ROUTE_HEADER.test(line)) return 'route-header';
  return 'other';
}

export interface BuildCounts {
  pages: number;
  /** Of those, pages copied from the last build (unchanged data and code). */
  reusedPages: number;
  images: number;
  /** Image variants taken from the cache instead of encoded again. */
  cachedImages: number;
}

/** Counts pages and images; for each line: show it, count it (a page or an image), or drop it (layout only). */
export class BuildOutputCondenser {
  readonly counts: BuildCounts = { pages: 0, reusedPages: 0, images: 0, cachedImages: 0 };

  take(coloured: string): 'show' | 'counted' | 'dropped' {
    const line = withoutAnsi(coloured);
    switch (classifyBuildLine(line)) {
      case 'page':
        this.counts.pages++;
        return 'counted';
      case 'reused-page':
        this.counts.pages++;
        this.counts.reusedPages++;
        return 'counted';
      case 'image':
        this.counts.images++;
        if (/\((?:reused|revalidated) cache entry\)/.test(line)) this.counts.cachedImages++;
        return 'counted';
      case 'route-header':
      case 'blank':
        return 'dropped';
      default:
        return 'show';
    }
  }

  progress(): string {
    const { pages, reusedPages, images, cachedImages } = this.counts;
    const reusedText = reusedPages ? `（${reusedPages} 个沿用上次构建）` : '';
    const imageText = images ? `，${images} 个图片版本（${cachedImages} 个来自缓存）` : '';
    return `已生成 ${pages} 个文件${reusedText}${imageText}`;
  }
}
