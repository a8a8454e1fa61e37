// The benchmark's measurements and report: phases from the build's output, peak memory per phase,
// sizes of dist/, the search index and an article page as transferred, the summary and the table.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RssSample, TimedLine } from './bench-measure';
import { walkFiles } from '../../src/lib/file-sizes';

// ---------- phases ----------

/** Phase names, in build order. `render:*` split the static-route generation by what was rendered. */
export const PHASES = [
  'startup+check', // node + config load + the content check (every entry through the schemas)
  'content', // Astro content layer: load and parse every entry (data store)
  'bundle', // type generation, Vite builds of the server and client code
  'render:setup', // getStaticPaths of every route, the catalog, anything between pages
  'render:pages', // HTML pages
  'render:feeds', // RSS, Atom and JSON feeds
  'images', // optimized image variants (AVIF, WebP, JPEG; cached in node_modules/.astro)
  'share-cards', // share-card PNGs after the build (src/lib/share-cards.ts: drawn, or copied from the cache)
  'finish', // sitemap and other build:done hooks
  'search-index', // src/lib/search/indexer.ts after astro build (gram index, page table, documents)
] as const;
export type PhaseName = (typeof PHASES)[number];

export interface PhaseReport {
  /** Seconds spent in each phase (they add up to the wall time). */
  seconds: Partial<Record<PhaseName, number>>;
  /** Peak resident memory of the process tree in each phase, in bytes. */
  peakRss: Partial<Record<PhaseName, number>>;
  /** CPU seconds (all cores, whole process tree) in each phase. */
  cpuSeconds: Partial<Record<PhaseName, number>>;
  pages: { html: number; feeds: number; ogCards: number; other: number; astroReported?: number | undefined };
  /** Image variants: how many, how many came from the cache, and the summed time per variant (they run in parallel). */
  images: { transforms: number; cached: number; encodeMs: number };
  /** Things the parser could not find (a changed log format): the figures it gives are then incomplete. */
  missing: string[];
}

/** "12ms" / "1.20s" / "1m 27s" (Astro's getTimeStat) → milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!m) return NaN;
  const minutes = m[1] ? Number(m[1]) * 60_000 : 0;
  const rest = m[2] ? Number(m[2]) * (m[3] === 's' ? 1000 : 1) : 0;
  return minutes + rest;
}

export type RouteKind = 'pages' | 'feeds' | 'other';

/** What a generated file is: /feeds/… feeds, .html pages, anything else. */
export function routeKind(file: string): RouteKind {
  if (file.startsWith('/feeds/')) return 'feeds';
  if (file.endsWith('.html')) return 'pages';
  return 'other';
}

/** A rendered page "├─ /path (+12ms)", or one copied from the last build "├─ /path (cached)". */
const PAGE_LINE = /├─ (\S+) \((?:\+([^)]+)|cached|restored)\)/;
const IMAGE_LINE = /▶ \S+ .*\(\+([^)]+)\) \((\d+)\/(\d+)\)/;
const COMPLETED = /^\d\d:\d\d:\d\d ✓ Completed in/;
/** src/lib/share-cards.ts: "[share-cards] 分享图：9219 张（新画 12 张，其余来自缓存），用时 3.1 秒". */
const SHARE_CARDS_LINE = /\[share-cards\] 分享图：(\d+) 张.*用时 ([\d.]+) 秒/;

/**
 * Phases from a time-stamped `npm run build` output (astro build, then the search index).
 * Marker lines: "[content] Syncing content", "[content] Synced content", "generating static routes",
 * each page "├─ /path (+12ms)", "generating optimized images", "✓ Completed in", "[build] Complete!".
 */
export function parsePhases(lines: TimedLine[], wallMs: number, samples: RssSample[] = []): PhaseReport {
  const find = (re: RegExp, after = -1) => lines.findIndex((l, i) => i > after && re.test(l.text));
  const missing: string[] = [];
  const at = (index: number, what: string): number | undefined => {
    if (index < 0) {
      missing.push(what);
      return undefined;
    }
    return lines[index]!.t;
  };
  const iSync = find(/\[content\] Syncing content/);
  const iSynced = find(/\[content\] Synced content/, iSync);
  const iRoutes = find(/generating static routes/);
  const iRoutesDone = iRoutes >= 0 ? find(COMPLETED, iRoutes) : -1;
  const iImages = find(/generating optimized images/, iRoutes);
  const iImagesDone = iImages >= 0 ? find(COMPLETED, iImages) : -1;
  const iDone = find(/\[build\] Complete!/);
  const tSync = at(iSync, 'Syncing content');
  const tSynced = at(iSynced, 'Synced content');
  const tRoutes = at(iRoutes, 'generating static routes');
  const tRoutesDone = at(iRoutesDone, 'routes ✓ Completed');
  const tImages = iImages >= 0 ? lines[iImages]!.t : undefined; // no images: no such section
  const tImagesDone = iImagesDone >= 0 ? lines[iImagesDone]!.t : tImages;
  const tDone = at(iDone, '[build] Complete!');

  // Per-route render times, summed by kind; the rest of the routes section is setup.
  const renderMs: Record<RouteKind, number> = { pages: 0, feeds: 0, other: 0 };
  const counts: Record<RouteKind, number> = { pages: 0, feeds: 0, other: 0 };
  // Timeline of (time, phase) for attributing memory samples.
  const timeline: { t: number; phase: PhaseName }[] = [{ t: 0, phase: 'startup+check' }];
  if (tSync !== undefined) timeline.push({ t: tSync, phase: 'content' });
  if (tSynced !== undefined) timeline.push({ t: tSynced, phase: 'bundle' });
  if (tRoutes !== undefined) timeline.push({ t: tRoutes, phase: 'render:setup' });
  const images = { transforms: 0, cached: 0, encodeMs: 0 };
  let firstPageStart: number | undefined;
  for (let i = Math.max(iRoutes, 0); i < lines.length && iRoutes >= 0; i++) {
    const line = lines[i]!;
    if (iRoutesDone >= 0 && i >= iRoutesDone) break;
    const m = PAGE_LINE.exec(line.text);
    if (!m) continue;
    const kind = routeKind(m[1]!);
    const ms = m[2] === undefined ? 0 : parseDuration(m[2]);
    renderMs[kind] += Number.isFinite(ms) ? ms : 0;
    counts[kind]++;
    firstPageStart ??= line.t - (Number.isFinite(ms) ? ms : 0);
    // The line is printed when the page is done: the page was being rendered during the `ms` before it.
    const phase: PhaseName = kind === 'feeds' ? 'render:feeds' : 'render:pages';
    if (timeline.at(-1)!.phase !== phase) timeline.push({ t: Math.max(line.t - ms, timeline.at(-1)!.t), phase });
  }
  if (iImages >= 0) {
    for (let i = iImages; i < (iImagesDone >= 0 ? iImagesDone : lines.length); i++) {
      const m = IMAGE_LINE.exec(lines[i]!.text);
      if (!m) continue;
      const ms = parseDuration(m[1]!);
      images.transforms++;
      if (/\((reused|revalidated) cache entry\)/.test(lines[i]!.text)) images.cached++;
      images.encodeMs += Number.isFinite(ms) ? ms : 0;
    }
  }
  const tRenderEnd = tRoutesDone ?? tImages ?? tDone;
  if (tImages !== undefined) timeline.push({ t: tImages, phase: 'images' });
  const tFinish = tImagesDone ?? tRenderEnd;
  if (tFinish !== undefined) timeline.push({ t: tFinish, phase: 'finish' });
  // The share cards are drawn in a build:done hook, which says how many and how long.
  const cardsLine = lines.find((l) => SHARE_CARDS_LINE.test(l.text));
  const cardsMatch = cardsLine && SHARE_CARDS_LINE.exec(cardsLine.text);
  const cards = cardsMatch ? { count: Number(cardsMatch[1]), seconds: Number(cardsMatch[2]) } : undefined;
  if (cards && cardsLine)
    timeline.push({ t: cardsLine.t - cards.seconds * 1000, phase: 'share-cards' }, { t: cardsLine.t, phase: 'finish' });
  if (tDone !== undefined) timeline.push({ t: tDone, phase: 'search-index' });

  const seconds: Partial<Record<PhaseName, number>> = {};
  const span = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined ? Math.max(0, b - a) / 1000 : undefined;
  const set = (name: PhaseName, value: number | undefined) => {
    if (value !== undefined) seconds[name] = round(value, 2);
  };
  set('startup+check', span(0, tSync ?? tRoutes));
  set('content', span(tSync, tSynced));
  set('bundle', span(tSynced, tRoutes));
  if (tRoutes !== undefined && tRenderEnd !== undefined) {
    const total = (tRenderEnd - tRoutes) / 1000;
    let pages = (renderMs.pages + renderMs.other) / 1000;
    let feeds = renderMs.feeds / 1000;
    // Astro renders two pages at a time (build.concurrency), so their times overlap and can add up to more than
    // the section took. Then setup is what came before the first page, and the pages and feeds share the rest
    // in proportion to their summed times.
    const lead = firstPageStart === undefined ? 0 : Math.max(0, firstPageStart - tRoutes) / 1000;
    if (pages + feeds > total - lead && pages + feeds > 0) {
      const scale = Math.max(0, total - lead) / (pages + feeds);
      pages *= scale;
      feeds *= scale;
    }
    set('render:setup', Math.max(0, total - pages - feeds));
    set('render:pages', pages);
    set('render:feeds', feeds);
  }
  // Images start when the routes are done (the header line follows at once): the phases then add up to the wall time.
  set('images', tImages !== undefined ? span(tRenderEnd, tImagesDone) : undefined);
  set(
    'finish',
    cards && tFinish !== undefined && tDone !== undefined ? Math.max(0, span(tFinish, tDone)! - cards.seconds) : span(tFinish, tDone),
  );
  if (cards) set('share-cards', cards.seconds);
  set('search-index', span(tDone, wallMs));

  const peakRss: Partial<Record<PhaseName, number>> = {};
  let k = 0;
  for (const s of samples) {
    while (k + 1 < timeline.length && timeline[k + 1]!.t <= s.t) k++;
    const phase = timeline[k]!.phase;
    peakRss[phase] = Math.max(peakRss[phase] ?? 0, s.bytes);
  }
  // CPU per phase: the tree's CPU clock at the phase boundaries (linear between samples).
  const cpuAt = (t: number) => {
    if (!samples.length) return 0;
    const j = samples.findIndex((s) => s.t >= t);
    if (j < 0) return samples.at(-1)!.cpu;
    if (j === 0) return samples[0]!.cpu * (t / Math.max(samples[0]!.t, 1));
    const a = samples[j - 1]!;
    const b = samples[j]!;
    return a.cpu + ((b.cpu - a.cpu) * (t - a.t)) / Math.max(b.t - a.t, 1);
  };
  const cpuSeconds: Partial<Record<PhaseName, number>> = {};
  for (let j = 0; j < timeline.length; j++) {
    const { phase, t } = timeline[j]!;
    const end = j + 1 < timeline.length ? timeline[j + 1]!.t : wallMs;
    cpuSeconds[phase] = (cpuSeconds[phase] ?? 0) + Math.max(0, cpuAt(end) - cpuAt(t));
  }
  for (const name of Object.keys(cpuSeconds) as PhaseName[]) cpuSeconds[name] = round(cpuSeconds[name]!, 2);
  const reported = lines.map((l) => /\[build\] (\d+) page\(s\) built/.exec(l.text)).find(Boolean);
  return {
    seconds,
    peakRss,
    cpuSeconds,
    pages: {
      html: counts.pages,
      feeds: counts.feeds,
      ogCards: cards?.count ?? 0,
      other: counts.other,
      astroReported: reported ? Number(reported[1]) : undefined,
    },
    images,
    missing,
  };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function peak(samples: RssSample[]): number {
  return samples.reduce((max, s) => Math.max(max, s.bytes), 0);
}

// ---------- sizes ----------

export interface DistReport {
  bytes: number;
  files: number;
  htmlPages: number;
  /** Bytes by top-level folder (_astro, og, search, news …). */
  byFolder: Record<string, number>;
  /** What the search step writes: dist/search without the search page itself. */
  searchIndexBytes: number;
}

export function distReport(dist: string): DistReport {
  const byFolder: Record<string, number> = {};
  let bytes = 0;
  let files = 0;
  let htmlPages = 0;
  let searchIndexBytes = 0;
  for (const f of walkFiles(dist)) {
    const rel = f.path
      .slice(dist.length + 1)
      .split('\\')
      .join('/');
    const top = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '(root)';
    byFolder[top] = (byFolder[top] ?? 0) + f.size;
    bytes += f.size;
    files++;
    if (rel.endsWith('.html')) htmlPages++;
    if (top === 'search' && rel !== 'search/index.html') searchIndexBytes += f.size;
  }
  return { bytes, files, htmlPages, byFolder, searchIndexBytes };
}

// ---------- an article page as transferred ----------

export interface PageTransfer {
  page: string;
  /** gzip bytes of the HTML, the stylesheets and the scripts it loads (images not counted). */
  bytes: number;
  htmlBytes: number;
  cssBytes: number;
  jsGzipBytes: number;
  /** Uncompressed JavaScript the page runs: inline scripts (not JSON-LD) and the files it loads. */
  jsBytes: number;
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 6 }).length;

/** Scripts and stylesheets an HTML page loads, and its inline JavaScript. */
export function pageAssets(html: string): { css: string[]; js: string[]; inlineJs: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  const inlineJs: string[] = [];
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = m[1]!;
    const href = /\bhref="([^"]+)"/i.exec(attrs)?.[1];
    if (!href) continue;
    if (/\brel="?stylesheet"?/i.test(attrs)) css.push(href);
    else if (/\brel="?modulepreload"?/i.test(attrs)) js.push(href);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1]!;
    const type = /\btype="([^"]+)"/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue; // JSON-LD, importmap…
    const src = /\bsrc="([^"]+)"/i.exec(attrs)?.[1];
    if (src) js.push(src);
    else if (m[2]!.trim()) inlineJs.push(m[2]!);
  }
  return { css: [...new Set(css)], js: [...new Set(js)], inlineJs };
}

/** Static imports of an ES module (import … from "./x.js", import "./y.js"), not dynamic import(). */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) out.add(m[1]!);
  for (const m of code.matchAll(/(?:^|[;\s}])export\s*(?:[\w*{}\s,$]+)from\s*["']([^"']+)["']/g)) out.add(m[1]!);
  return [...out];
}

/** Sizes of one page as a browser would fetch it from `dist` served at `base`. */
export function pageTransfer(
  dist: string,
  page: string,
  base = '/',
  cache = new Map<string, { raw: number; gz: number; code: string }>(),
): PageTransfer {
  const html = readFileSync(join(dist, page), 'utf8');
  const pageUrl = `${base}${page.replace(/index\.html$/, '')}`;
  const local = (url: string, from: string): string | undefined => {
    if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
    const abs = posix.resolve(posix.dirname(from.endsWith('/') ? `${from}x` : from), url.split(/[?#]/)[0]!);
    return abs.startsWith(base) ? abs.slice(base.length) : abs.replace(/^\//, '');
  };
  const asset = (rel: string) => {
    let hit = cache.get(rel);
    if (!hit) {
      const path = join(dist, rel);
      const data = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
      hit = { raw: data.length, gz: data.length ? gz(data) : 0, code: rel.endsWith('.js') ? data.toString('utf8') : '' };
      cache.set(rel, hit);
    }
    return hit;
  };
  const { css, js, inlineJs } = pageAssets(html);
  let cssBytes = 0;
  for (const href of css) {
    const rel = local(href, pageUrl);
    if (rel) cssBytes += asset(rel).gz;
  }
  let jsBytes = inlineJs.reduce((sum, code) => sum + Buffer.byteLength(code), 0);
  let jsGzipBytes = 0;
  const seen = new Set<string>();
  const queue = js.map((src) => ({ src, from: pageUrl }));
  while (queue.length) {
    const { src, from } = queue.shift()!;
    const rel = local(src, from);
    if (!rel || seen.has(rel)) continue;
    seen.add(rel);
    const a = asset(rel);
    jsBytes += a.raw;
    jsGzipBytes += a.gz;
    for (const dep of staticImports(a.code)) queue.push({ src: dep, from: `${base}${rel}` });
  }
  const htmlBytes = gz(html);
  return { page, bytes: htmlBytes + cssBytes + jsGzipBytes, htmlBytes, cssBytes, jsGzipBytes, jsBytes };
}

export interface ArticleReport {
  pages: number;
  medianBytes: number;
  maxBytes: number;
  maxPage: string;
  medianHtmlBytes: number;
  cssBytes: number;
  /** The most JavaScript any article page runs (uncompressed) and its gzip size. */
  maxJsBytes: number;
  maxJsGzipBytes: number;
}

/** Every news article page (dist/news/<id>/index.html; numbered folders are list pages). */
export function articleReport(dist: string, base = '/'): ArticleReport {
  const newsDir = join(dist, 'news');
  const ids = existsSync(newsDir) ? readdirSync(newsDir).filter((d) => !/^\d+$/.test(d) && existsSync(join(newsDir, d, 'index.html'))) : [];
  const cache = new Map<string, { raw: number; gz: number; code: string }>();
  const all = ids.map((id) => pageTransfer(dist, `news/${id}/index.html`, base, cache));
  const max = all.reduce<PageTransfer | undefined>((a, b) => (!a || b.bytes > a.bytes ? b : a), undefined);
  return {
    pages: all.length,
    medianBytes: Math.round(median(all.map((p) => p.bytes))),
    maxBytes: max?.bytes ?? 0,
    maxPage: max?.page ?? '',
    medianHtmlBytes: Math.round(median(all.map((p) => p.htmlBytes))),
    cssBytes: Math.max(0, ...all.map((p) => p.cssBytes)),
    maxJsBytes: Math.max(0, ...all.map((p) => p.jsBytes)),
    maxJsGzipBytes: Math.max(0, ...all.map((p) => p.jsGzipBytes)),
  };
}

// ---------- summary ----------

export interface BuildResult {
  wallMs: number;
  phases: PhaseReport;
  peakRss: number;
  /** CPU seconds of the whole build (all processes, all cores). */
  cpuSeconds: number;
  load: [number, number];
}

export interface BaselineResult {
  astroMs: number;
  pagefindMs: number;
  wallMs: number;
  coldWallMs?: number | undefined;
  pages: number;
  peakRss: number;
  searchIndexBytes: number;
}

export interface SummaryInput {
  items: number;
  counts: { news: number; people: number; stories: number; bulletins: number; photos: number; photoCopies: number };
  cold?: BuildResult | undefined;
  warm: BuildResult;
  /** The warm build again after one news item was added. */
  incremental?: BuildResult | undefined;
  dist: DistReport;
  article: ArticleReport;
  baseline?: BaselineResult | undefined;
  generateMs: number;
}

export const TARGETS = {
  wallSeconds: 90,
  coldWallSeconds: 180,
  incrementalSeconds: 20,
  peakRssMB: 3 * 1024,
  ratio: 1.5,
  articleMaxBytes: 40 * 1024,
  articleJsBytes: 10 * 1024,
} as const;

const MB = 1024 * 1024;

export function summarize(input: SummaryInput) {
  const { warm, cold, incremental, dist, article, baseline } = input;
  const wallSeconds = round(warm.wallMs / 1000, 1);
  const baselineWallSeconds = baseline ? round(baseline.wallMs / 1000, 1) : null;
  const ratio = baseline ? round(warm.wallMs / baseline.wallMs, 2) : null;
  const peakRssMB = Math.round(Math.max(warm.peakRss, cold?.peakRss ?? 0, incremental?.peakRss ?? 0) / MB);
  const coldWallSeconds = cold ? round(cold.wallMs / 1000, 1) : null;
  const incrementalSeconds = incremental ? round(incremental.wallMs / 1000, 1) : null;
  const pages = dist.htmlPages;
  const check = (value: number | null, limit: number) => (value === null ? null : value <= limit);
  return {
    items: input.items,
    pages,
    wallSeconds,
    coldWallSeconds,
    incrementalSeconds,
    peakRssMB,
    baselineWallSeconds,
    ratio,
    distBytes: dist.bytes,
    searchIndexBytes: dist.searchIndexBytes,
    articleMedianBytes: article.medianBytes,
    articleMaxBytes: article.maxBytes,
    articleJsBytes: article.maxJsBytes,
    phases: warm.phases.seconds,
    pagesPerSecond: round(pages / (warm.wallMs / 1000), 1),
    coldPhases: cold?.phases.seconds ?? null,
    cpuSeconds: round(warm.cpuSeconds, 1),
    coldCpuSeconds: cold ? round(cold.cpuSeconds, 1) : null,
    phasesCpu: warm.phases.cpuSeconds,
    peakRssMBByPhase: Object.fromEntries(Object.entries(warm.phases.peakRss).map(([k, v]) => [k, Math.round(v / MB)])),
    coldPeakRssMBByPhase: cold ? Object.fromEntries(Object.entries(cold.phases.peakRss).map(([k, v]) => [k, Math.round(v / MB)])) : null,
    warmPeakRssMB: Math.round(warm.peakRss / MB),
    coldPeakRssMB: cold ? Math.round(cold.peakRss / MB) : null,
    rendered: warm.phases.pages,
    images: { cold: cold?.phases.images ?? null, warm: warm.phases.images },
    article: {
      pages: article.pages,
      medianHtmlBytes: article.medianHtmlBytes,
      cssBytes: article.cssBytes,
      jsGzipBytes: article.maxJsGzipBytes,
      maxPage: article.maxPage,
    },
    distByFolder: dist.byFolder,
    baseline: baseline
      ? {
          astroSeconds: round(baseline.astroMs / 1000, 1),
          pagefindSeconds: round(baseline.pagefindMs / 1000, 1),
          coldWallSeconds: baseline.coldWallMs ? round(baseline.coldWallMs / 1000, 1) : null,
          pages: baseline.pages,
          peakRssMB: Math.round(baseline.peakRss / MB),
          searchIndexBytes: baseline.searchIndexBytes,
        }
      : null,
    counts: input.counts,
    generateSeconds: round(input.generateMs / 1000, 1),
    load: { cold: cold?.load ?? null, warm: warm.load, incremental: incremental?.load ?? null },
    targets: {
      wallSeconds: { limit: TARGETS.wallSeconds, pass: check(wallSeconds, TARGETS.wallSeconds) },
      coldWallSeconds: { limit: TARGETS.coldWallSeconds, pass: check(coldWallSeconds, TARGETS.coldWallSeconds) },
      incrementalSeconds: { limit: TARGETS.incrementalSeconds, pass: check(incrementalSeconds, TARGETS.incrementalSeconds) },
      peakRssMB: { limit: TARGETS.peakRssMB, pass: check(peakRssMB, TARGETS.peakRssMB) },
      ratio: { limit: TARGETS.ratio, pass: check(ratio, TARGETS.ratio) },
      articleMaxBytes: { limit: TARGETS.articleMaxBytes, pass: check(article.maxBytes, TARGETS.articleMaxBytes) },
      articleJsBytes: { limit: TARGETS.articleJsBytes, pass: check(article.maxJsBytes, TARGETS.articleJsBytes) },
    },
    missing: [...new Set([...(cold?.phases.missing ?? []), ...warm.phases.missing])],
  };
}

export type Summary = ReturnType<typeof summarize>;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const pass = (ok: boolean | null) => (ok === null ? '—' : ok ? 'pass' : 'FAIL');

/** The human-readable report: a Markdown table (also pasted into the README). */
export function formatReport(s: Summary): string {
  const out: string[] = [];
  const row = (...cells: (string | number)[]) => out.push(`| ${cells.join(' | ')} |`);
  out.push(
    `${s.items} news items, ${s.counts.people} profiles, ${s.counts.stories} stories, ${s.counts.bulletins} bulletins; ${s.pages} HTML pages`,
  );
  out.push('');
  row('phase', 'warm wall s', 'warm CPU s', 'warm peak RSS', 'cold wall s', 'cold peak RSS');
  row('---', '---:', '---:', '---:', '---:', '---:');
  for (const name of PHASES) {
    const w = s.phases[name];
    const c = s.coldPhases?.[name];
    if (w === undefined && c === undefined) continue;
    const cpu = s.phasesCpu[name];
    const wr = s.peakRssMBByPhase[name];
    const cr = s.coldPeakRssMBByPhase?.[name];
    row(
      name,
      w?.toFixed(1) ?? '—',
      cpu?.toFixed(1) ?? '—',
      wr !== undefined ? `${wr} MB` : '—',
      c?.toFixed(1) ?? '—',
      cr !== undefined ? `${cr} MB` : '—',
    );
  }
  row(
    '**total**',
    `**${s.wallSeconds.toFixed(1)}**`,
    `**${s.cpuSeconds.toFixed(1)}**`,
    `**${s.warmPeakRssMB} MB**`,
    s.coldWallSeconds?.toFixed(1) ?? '—',
    s.coldPeakRssMB !== null ? `${s.coldPeakRssMB} MB` : '—',
  );
  out.push('');
  row('measure', 'value', 'target', '');
  row('---', '---:', '---:', '---');
  row('full build, warm image cache', `${s.wallSeconds} s`, `≤ ${TARGETS.wallSeconds} s`, pass(s.targets.wallSeconds.pass));
  row(
    'full build, cold caches',
    s.coldWallSeconds !== null ? `${s.coldWallSeconds} s` : '—',
    `≤ ${TARGETS.coldWallSeconds} s`,
    pass(s.targets.coldWallSeconds.pass),
  );
  row(
    'one news item added, rebuilt',
    s.incrementalSeconds !== null ? `${s.incrementalSeconds} s` : '—',
    `≤ ${TARGETS.incrementalSeconds} s`,
    pass(s.targets.incrementalSeconds.pass),
  );
  row('pages per second (warm)', s.pagesPerSecond, '', '');
  row('peak memory (process tree)', `${s.peakRssMB} MB`, `≤ ${TARGETS.peakRssMB} MB`, pass(s.targets.peakRssMB.pass));
  if (s.baseline) {
    row(
      'bare Astro + Pagefind baseline',
      `${s.baselineWallSeconds} s (astro ${s.baseline.astroSeconds} s + pagefind ${s.baseline.pagefindSeconds} s)`,
      '',
      '',
    );
    row('ours ÷ baseline', `${s.ratio}×`, `≤ ${TARGETS.ratio}×`, pass(s.targets.ratio.pass));
  }
  row('dist/ size', mb(s.distBytes), '', '');
  row('search index (search/)', mb(s.searchIndexBytes), '', '');
  row('article page transferred, median', kb(s.articleMedianBytes), '', '');
  row('article page transferred, largest', kb(s.articleMaxBytes), `≤ ${kb(TARGETS.articleMaxBytes)}`, pass(s.targets.articleMaxBytes.pass));
  row('article JavaScript (uncompressed)', kb(s.articleJsBytes), `≤ ${kb(TARGETS.articleJsBytes)}`, pass(s.targets.articleJsBytes.pass));
  if (s.missing.length)
    out.push('', `note: the build log lacked ${s.missing.join(', ')}; those phases are missing or merged into their neighbours.`);
  return out.join('\n');
}
