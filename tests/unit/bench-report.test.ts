// The benchmark's measurements: phases from a build's output, sizes of a built site, the summary and the table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  articleReport,
  distReport,
  formatReport,
  median,
  pageAssets,
  pageTransfer,
  parseDuration,
  parsePhases,
  PHASES,
  routeKind,
  staticImports,
  summarize,
  TARGETS,
  type BuildResult,
  type SummaryInput,
} from '../../scripts/lib/bench-report';
import { treeStats, type TimedLine } from '../../scripts/lib/bench-measure';
import { parseArgs } from '../../scripts/bench';

const line = (t: number, text: string): TimedLine => ({ t, text, stream: 'stdout' });

/** An `npm run build` output as Astro 7 prints it, with arrival times in ms. */
const LOG: TimedLine[] = [
  line(100, '> astro build && tsx scripts/search-index.ts'),
  line(2_000, '09:00:01 [content] Syncing content'),
  line(5_000, '09:00:04 [content] Synced content'),
  line(5_100, '09:00:04 [types] Generated 3.1s'),
  line(6_000, '09:00:05 [build] Building static entrypoints...'),
  line(9_000, ' generating static routes '),
  line(10_000, '09:00:09   ├─ /404.html (+50ms) '),
  line(10_500, '09:00:09   ├─ /news/2025-01-01-a/index.html (+400ms) '),
  line(11_000, '09:00:10   ├─ /news/2025-01-02-b/index.html (+1.50s) '),
  line(12_000, '09:00:11   ├─ /feeds/all.xml/ (+1.00s) '),
  line(14_100, '09:00:13   ├─ /robots.txt (+3ms) '),
  line(15_000, '09:00:14 ✓ Completed in 6.00s.'),
  line(15_100, ' generating optimized images '),
  line(16_000, '09:00:15   ▶ /_astro/1.abc_x.avif (before: 300kB, after: 40kB) (+800ms) (1/2)'),
  line(16_500, '09:00:15   ▶ /_astro/1.abc_y.webp (reused cache entry) (+2ms) (2/2)'),
  line(17_000, '09:00:16 ✓ Completed in 1.90s.'),
  line(17_500, '09:00:16 [build] ✓ Completed in 15.0s.'),
  line(17_800, '09:00:17 [share-cards] 分享图：5 张（新画 2 张，其余来自缓存），用时 0.2 秒'),
  line(18_000, '09:00:17 [build] 6 page(s) built in 16.0s'),
  line(18_000, '09:00:17 [build] Complete!'),
  line(25_000, '搜索索引：3 页'),
];
const SAMPLES = [
  { t: 1_000, bytes: 100e6, cpu: 0.5 },
  { t: 4_000, bytes: 300e6, cpu: 3 },
  { t: 8_000, bytes: 200e6, cpu: 7 },
  { t: 10_200, bytes: 500e6, cpu: 9 },
  { t: 13_000, bytes: 700e6, cpu: 11 },
  { t: 16_000, bytes: 400e6, cpu: 14 },
  { t: 20_000, bytes: 900e6, cpu: 18 },
  { t: 24_000, bytes: 800e6, cpu: 22 },
];

describe('parseDuration and routeKind', () => {
  it('reads Astro’s time stats', () => {
    expect(parseDuration('12ms')).toBe(12);
    expect(parseDuration('1.20s')).toBe(1200);
    expect(parseDuration('1m 27s')).toBe(87_000);
    expect(parseDuration('soon')).toBeNaN();
  });
  it('sorts generated files into pages, feeds and the rest', () => {
    expect(routeKind('/news/x/index.html')).toBe('pages');
    expect(routeKind('/404.html')).toBe('pages');
    expect(routeKind('/feeds/all.xml/')).toBe('feeds');
    expect(routeKind('/og/cards.json')).toBe('other');
    expect(routeKind('/robots.txt')).toBe('other');
  });
});

describe('parsePhases', () => {
  const report = parsePhases(LOG, 25_500, SAMPLES);

  it('measures each phase between its marker lines, adding up to the wall time', () => {
    expect(report.missing).toEqual([]);
    expect(report.seconds['startup+check']).toBe(2);
    expect(report.seconds.content).toBe(3);
    expect(report.seconds.bundle).toBe(4);
    expect(report.seconds.images).toBe(2); // from the end of the routes to the last image
    expect(report.seconds['share-cards']).toBe(0.2); // as the hook reports it, out of the finish
    expect(report.seconds.finish).toBe(0.8);
    expect(report.seconds['search-index']).toBe(7.5);
    const total = PHASES.reduce((sum, name) => sum + (report.seconds[name] ?? 0), 0);
    expect(total).toBeCloseTo(25.5, 1);
  });

  it('splits page generation by what was rendered, the rest being setup', () => {
    expect(report.seconds['render:pages']).toBeCloseTo(1.953, 2);
    expect(report.seconds['render:feeds']).toBe(1);
    expect(report.seconds['render:setup']).toBeCloseTo(6 - 1.953 - 1, 2);
    expect(report.pages).toMatchObject({ html: 3, feeds: 1, ogCards: 5, other: 1, astroReported: 6 });
    expect(report.images).toEqual({ transforms: 2, cached: 1, encodeMs: 802 });
  });

  it('fits overlapping page times (two pages at a time) into the time the routes took', () => {
    const overlapping = LOG.map((l) =>
      l.text.includes('/news/2025-01-02-b/') ? line(l.t, '09:00:10   ├─ /news/2025-01-02-b/index.html (+9.00s) ') : l,
    );
    const { seconds } = parsePhases(overlapping, 25_500, SAMPLES);
    // Setup: from the routes header (9.0 s) to the first page's start (10.0 s − 50 ms).
    expect(seconds['render:setup']).toBeCloseTo(0.95, 2);
    expect(seconds['render:pages']! + seconds['render:feeds']!).toBeCloseTo(6 - 0.95, 2);
    expect(seconds['render:feeds']! / seconds['render:pages']!).toBeCloseTo(1 / 9.453, 2);
    const total = PHASES.reduce((sum, name) => sum + (seconds[name] ?? 0), 0);
    expect(total).toBeCloseTo(25.5, 1);
  });

  it('attributes memory and CPU samples to the phase running at the time', () => {
    expect(report.peakRss['startup+check']).toBe(100e6);
    expect(report.peakRss.content).toBe(300e6);
    expect(report.peakRss['render:feeds']).toBe(700e6);
    expect(report.peakRss['search-index']).toBe(900e6);
    const cpu = Object.values(report.cpuSeconds).reduce((a, b) => a + (b ?? 0), 0);
    expect(cpu).toBeCloseTo(22, 0);
    expect(report.cpuSeconds['search-index']).toBeGreaterThan(4);
  });

  it('reports the markers it could not find instead of inventing phases', () => {
    const partial = parsePhases(
      LOG.filter((l) => !l.text.includes('Synced content')),
      25_500,
    );
    expect(partial.missing).toEqual(['Synced content']);
    expect(partial.seconds.content).toBeUndefined();
    expect(partial.seconds['search-index']).toBe(7.5);
  });
});

describe('sizes of a built site', () => {
  let dist: string;
  const css = 'body{font-size:18px;color:#222}'.repeat(40);
  const chunk = 'export const share=()=>navigator.share&&navigator.share({url:location.href});'.repeat(5);
  const entry = `import{share as s}from"./chunk.js";document.querySelector("[data-share]")?.addEventListener("click",s);`;
  const page = (text: string) =>
    `<!doctype html><html lang="zh-CN"><head><link rel="stylesheet" href="/_astro/Base.css"><script type="application/ld+json">{"@type":"NewsArticle"}</script>` +
    `<script type="module" src="/_astro/entry.js"></script></head><body><p>${text}</p><script type="module">document.documentElement.dataset.js="1";</script></body></html>`;

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    mkdirSync(join(dist, '_astro'), { recursive: true });
    writeFileSync(join(dist, '_astro', 'Base.css'), css);
    writeFileSync(join(dist, '_astro', 'entry.js'), entry);
    writeFileSync(join(dist, '_astro', 'chunk.js'), chunk);
    const articles: [string, string][] = [
      ['2025-01-01-a', '关工委'.repeat(10)],
      ['2025-01-02-b', '留守儿童'.repeat(500)],
      ['2025-01-03-c', '五老'],
    ];
    for (const [id, text] of articles) {
      mkdirSync(join(dist, 'news', id), { recursive: true });
      writeFileSync(join(dist, 'news', id, 'index.html'), page(text));
    }
    mkdirSync(join(dist, 'news', '2'), { recursive: true });
    writeFileSync(join(dist, 'news', '2', 'index.html'), page('list page'));
    mkdirSync(join(dist, 'search', 'g.abc'), { recursive: true });
    writeFileSync(join(dist, 'search', 'g.abc', '0.gz'), 'x'.repeat(1000));
    writeFileSync(join(dist, 'search', 'index.html'), page('search'));
    writeFileSync(join(dist, 'search', 'api.js'), 'y'.repeat(500));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('finds stylesheets, scripts and inline JavaScript, not JSON-LD', () => {
    const assets = pageAssets(page('x'));
    expect(assets.css).toEqual(['/_astro/Base.css']);
    expect(assets.js).toEqual(['/_astro/entry.js']);
    expect(assets.inlineJs).toEqual(['document.documentElement.dataset.js="1";']);
    expect(staticImports(entry)).toEqual(['./chunk.js']);
    expect(staticImports('const m = await import("./lazy.js"); import "./side.js"; export { a } from "./re.js";')).toEqual([
      './side.js',
      './re.js',
    ]);
  });

  it('counts an article as gzip HTML + CSS + JS, following static imports', () => {
    const t = pageTransfer(dist, 'news/2025-01-01-a/index.html');
    const gz = (s: string) => gzipSync(s, { level: 6 }).length;
    expect(t.cssBytes).toBe(gz(css));
    expect(t.jsGzipBytes).toBe(gz(entry) + gz(chunk));
    expect(t.jsBytes).toBe(
      Buffer.byteLength(entry) + Buffer.byteLength(chunk) + Buffer.byteLength('document.documentElement.dataset.js="1";'),
    );
    expect(t.bytes).toBe(t.htmlBytes + t.cssBytes + t.jsGzipBytes);
  });

  it('reports the median and largest article, skipping numbered list pages', () => {
    const report = articleReport(dist);
    expect(report.pages).toBe(3);
    expect(report.maxPage).toBe('news/2025-01-02-b/index.html');
    expect(report.maxBytes).toBeGreaterThan(report.medianBytes);
    expect(report.medianBytes).toBe(pageTransfer(dist, 'news/2025-01-01-a/index.html').bytes);
  });

  it('sums dist/ by folder and the search index without the search page', () => {
    const report = distReport(dist);
    expect(report.htmlPages).toBe(5);
    expect(report.searchIndexBytes).toBe(1500);
    expect(report.byFolder._astro).toBe(css.length + entry.length + chunk.length);
    expect(report.bytes).toBe(Object.values(report.byFolder).reduce((a, b) => a + b, 0));
  });
});

describe('summarize and formatReport', () => {
  const build = (wallMs: number, peakRss: number): BuildResult => ({
    wallMs,
    peakRss,
    cpuSeconds: wallMs / 600,
    load: [1, 1],
    phases: parsePhases(LOG, wallMs, SAMPLES),
  });
  const input = (warmMs: number, articleMax: number): SummaryInput => ({
    items: 10_000,
    counts: { news: 10_000, people: 300, stories: 400, bulletins: 118, photos: 30, photoCopies: 4000 },
    cold: build(150_000, 2.5 * 2 ** 30),
    warm: build(warmMs, 2 * 2 ** 30),
    incremental: build(15_000, 1.5 * 2 ** 30),
    dist: { bytes: 5e8, files: 30_000, htmlPages: 12_000, byFolder: {}, searchIndexBytes: 6e7 },
    article: {
      pages: 10_000,
      medianBytes: 20_000,
      maxBytes: articleMax,
      maxPage: 'news/x/index.html',
      medianHtmlBytes: 15_000,
      cssBytes: 4000,
      maxJsBytes: 3000,
      maxJsGzipBytes: 1500,
    },
    baseline: {
      astroMs: 40_000,
      pagefindMs: 20_000,
      wallMs: 60_000,
      coldWallMs: 65_000,
      pages: 10_800,
      peakRss: 1e9,
      searchIndexBytes: 5e7,
    },
    generateMs: 30_000,
  });

  it('has every field the JSON promises, with the targets checked', () => {
    const s = summarize(input(80_000, 30_000));
    expect(s).toMatchObject({
      items: 10_000,
      pages: 12_000,
      wallSeconds: 80,
      coldWallSeconds: 150,
      incrementalSeconds: 15,
      peakRssMB: 2560,
      baselineWallSeconds: 60,
      ratio: 1.33,
      distBytes: 5e8,
      searchIndexBytes: 6e7,
      articleMedianBytes: 20_000,
      articleMaxBytes: 30_000,
      articleJsBytes: 3000,
      pagesPerSecond: 150,
    });
    expect(Object.keys(s.phases)).toContain('render:pages');
    expect(Object.values(s.targets).every((t) => t.pass)).toBe(true);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('marks missed targets, and the table says FAIL next to them', () => {
    const s = summarize({ ...input(120_000, 50_000), incremental: build(120_000, 2 ** 30) });
    expect(s.targets.wallSeconds.pass).toBe(false);
    expect(s.targets.incrementalSeconds.pass).toBe(false);
    expect(s.targets.ratio.pass).toBe(false);
    expect(s.targets.articleMaxBytes.pass).toBe(false);
    expect(s.targets.peakRssMB).toEqual({ limit: TARGETS.peakRssMB, pass: true });
    const table = formatReport(s);
    expect(table).toMatch(/\| full build, warm image cache \| 120 s \| ≤ 90 s \| FAIL \|/);
    expect(table).toMatch(/\| ours ÷ baseline \| 2× \| ≤ 1.5× \| FAIL \|/);
    expect(table).toMatch(/\| one news item added, rebuilt \| 120 s \| ≤ 20 s \| FAIL \|/);
    expect(table).toMatch(/\| full build, cold caches \| 150 s \| ≤ 180 s \| pass \|/);
    expect(table).toContain('| share-cards |');
  });

  it('leaves the baseline figures empty when there is no baseline', () => {
    const s = summarize({ ...input(80_000, 30_000), baseline: undefined, cold: undefined, incremental: undefined });
    expect(s.ratio).toBeNull();
    expect(s.coldWallSeconds).toBeNull();
    expect(s.incrementalSeconds).toBeNull();
    expect(s.targets.incrementalSeconds.pass).toBeNull();
    expect(s.targets.ratio.pass).toBeNull();
  });

  it('median', () => {
    expect(median([])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('bench command line and process sampling', () => {
  it('parses options with defaults, and refuses unknown ones', () => {
    expect(parseArgs([])).toMatchObject({
      items: 10_000,
      people: 300,
      stories: 400,
      photos: 30,
      json: false,
      keep: false,
      cold: true,
      baseline: true,
    });
    expect(parseArgs(['--items', '1000', '--json', '--no-baseline'])).toMatchObject({ items: 1000, json: true, baseline: false });
    expect(() => parseArgs(['--items', 'many'])).toThrow(/--items/);
    expect(() => parseArgs(['--fast'])).toThrow('不认识的选项 --fast');
  });

  it('reads the resident memory and CPU time of a process tree from /proc', () => {
    const stats = treeStats(process.pid);
    expect(stats.bytes).toBeGreaterThan(10 * 2 ** 20);
    expect(stats.cpu).toBeGreaterThan(0);
  });
});
