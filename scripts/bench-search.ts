// Search benchmark: our search (search/api.js) and stock Pagefind side by side, same pages, same queries,
// in headless Chromium. For each query: recall and precision against "the page's indexed text contains the
// query" (several words: all of them), bytes transferred by a first search in a fresh browser and its time, and
// the time of a next search (another query already run in the page), three ways: "page", as a reader makes it
// on the search page (Enter to the page's 10 results on screen; the generated corpus borrows the demo build's
// search page); "next", through search() with its default 20 results; and stock Pagefind's search with the
// data of its first 20 results. Next searches run in a Chromium with no automation attached (see
// measureWithoutAutomation). Prints a table and a JSON summary.
//
//   npm run bench:search                          the demo site in dist/ (built first if missing)
//   npm run bench:search -- --corpus 10000        the synthetic county (scripts/lib/county/) with 10,000 news items,
//                                                 written as pages to a temp directory
//   options: --site <dir>  --base /ggw/  --reps 3  --no-stock  --no-gzip  --json <file>  --reuse  --queries a,b,c
import { chromium, type Browser } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { cpSync, createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { cpus, loadavg, tmpdir } from 'node:os';
import { gzipSync, gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, htmlFiles, type IndexReport } from '../src/lib/search/indexer';
import { dirBytes } from '../src/lib/file-sizes';
import { generateCorpus } from './lib/county/write-pages';
import { contentTypeOf } from '../src/lib/mime-types';
import { extractSearchPage } from '../src/lib/search/extract';
import { foldText, makeCharFolder } from '../src/lib/search/fold';
import { openccFoldTable } from '../src/lib/search/fold-table';
import { sectionsOf, indexedText } from '../src/lib/search/indexed-page';
import { EXIT, integerOption, isMainModule, parseCommandArgs, runCommand } from './lib/command';
import { CORPUS_QUERIES, DEMO_QUERIES, WARM_QUERY, WARMUP_QUERY } from './lib/search-queries';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/lib/chromium';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// ---------- options ----------
const USAGE = `用法：npm run bench:search [-- 选项]
  （不加选项）         测演示站点 dist/（没有就先构建）
  --corpus N          测合成县：N 条新闻，外加 npm run bench -- --items N 那个县的五老、活动纪实和《关工动态》，
                      生成为网页写到临时目录
  --site <目录>       测另一个构建好的站点        --base /ggw/   站点的子路径（默认 /）
  --reps N            每个查询重复几次（默认 3）  --queries 甲,乙  只测这些查询
  --no-stock          不和原版 Pagefind 对比      --no-gzip      服务器不压缩
  --json <文件>       把全部结果（含每个查询）写成 JSON
  --reuse             沿用上次生成的内容和索引（不重建）`;

function parseOptions(argv: string[]) {
  const { values } = parseCommandArgs(argv, {
    options: {
      corpus: { type: 'string' },
      site: { type: 'string' },
      base: { type: 'string' },
      reps: { type: 'string' },
      json: { type: 'string' },
      queries: { type: 'string' },
      reuse: { type: 'boolean' },
      'no-stock': { type: 'boolean' },
      'no-gzip': { type: 'boolean' },
    },
  });
  return {
    corpusSize: integerOption('--corpus', values.corpus, 0),
    reps: integerOption('--reps', values.reps, 3, 1),
    useStock: !values['no-stock'],
    gzipOn: !values['no-gzip'],
    base: (values.base ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/'),
    site: values.site,
    json: values.json,
    queries: values.queries?.split(','),
    reuse: values.reuse ?? false,
  };
}
// Set by main; read by the server and the measuring script.
let gzipOn = true;
let base = '/';

// ---------- static server (gzip like a typical host; Pagefind's and our .gz files are sent as they are) ----------
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);
const BENCH_PAGE = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>';

/** A folder served under a URL prefix; `pageOnly`: only the prefix itself (its index.html), nothing below it. */
interface Mount {
  prefix: string;
  dir: string;
  pageOnly?: boolean;
}

/** The server's side of the measurements without automation (see measureWithoutAutomation). */
interface PageHooks {
  script: string;
  task: (n: number) => PageTask | Record<string, never>;
  /** Records a result; answers with the next task's address (none after the last). */
  result: (r: { n: number; ms: number; shown: number }) => { url?: string };
}

function serve(mounts: Mount[], hooks: PageHooks): Promise<{ server: Server; origin: string }> {
  /** A page as served to the measurements without automation: with the measuring script. */
  const measured = (html: string) => html.replace('</body>', `<script type="module" src="${base}__measure.js"></script></body>`);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    if (path === `${base}__bench.html`) {
      const page = url.searchParams.has('bench') ? measured(BENCH_PAGE) : BENCH_PAGE;
      res.writeHead(200, { 'content-type': contentTypeOf('.html') }).end(page);
      return;
    }
    if (path === `${base}__measure.js`) return void res.writeHead(200, { 'content-type': contentTypeOf('.js') }).end(hooks.script);
    if (path === `${base}__task`) {
      return void res
        .writeHead(200, { 'content-type': contentTypeOf('.json'), 'cache-control': 'no-store' })
        .end(JSON.stringify(hooks.task(Number(url.searchParams.get('n')))));
    }
    if (path === `${base}__result` && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const next = hooks.result(JSON.parse(body) as { n: number; ms: number; shown: number });
        res.writeHead(200, { 'content-type': contentTypeOf('.json') }).end(JSON.stringify(next));
      });
      return;
    }
    // Several mounts may share a prefix: the first that has the file answers.
    let file: string | undefined;
    for (const mount of mounts.filter((m) =>
      m.pageOnly ? path === m.prefix || path === `${m.prefix}index.html` : path.startsWith(m.prefix),
    )) {
      let candidate = normalize(join(mount.dir, path.slice(mount.prefix.length)));
      if (!candidate.startsWith(normalize(mount.dir))) return void res.writeHead(403).end();
      if (existsSync(candidate) && statSync(candidate).isDirectory()) candidate = join(candidate, 'index.html');
      if (existsSync(candidate)) {
        file = candidate;
        break;
      }
    }
    if (!file) return void res.writeHead(404).end();
    const ext = extname(file);
    const headers: Record<string, string> = { 'content-type': contentTypeOf(ext), 'cache-control': 'no-cache' };
    if (ext === '.html' && url.searchParams.has('bench')) return void res.writeHead(200, headers).end(measured(readFileSync(file, 'utf8')));
    if (gzipOn && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipSync(readFileSync(file), { level: 6 });
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) }).end(body);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': String(statSync(file).size) });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      ok({ server, origin: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}` });
    }),
  );
}

// ---------- truth ----------
interface TruthPage {
  url: string;
  text: string;
}

const fold = makeCharFolder(openccFoldTable());

/** Pages and their indexed text, read from the built site (when the index was reused rather than built now). */
function truthPages(site: string): TruthPage[] {
  const pages: TruthPage[] = [];
  for (const file of htmlFiles(site)) {
    const page = extractSearchPage(readFileSync(file, 'utf8'));
    if (!page) continue;
    const rel = file
      .slice(site.length + 1)
      .split('\\')
      .join('/');
    pages.push({ url: rel.replace(/index\.html$/, ''), text: indexedText(sectionsOf(page, fold), fold) });
  }
  return pages;
}

function truthFor(pages: TruthPage[], query: string): Set<string> {
  const words = foldText(query, fold).split(' ').filter(Boolean);
  return new Set(words.length ? pages.filter((p) => words.every((w) => p.text.includes(w))).map((p) => p.url) : []);
}

// ---------- helpers ----------
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};

/** Stock Pagefind's page id (hash without language) → URL, from the fragments it wrote (gzip, 12-byte signature). */
function fragmentUrls(pagefindDir: string, lang: string): Map<string, string> {
  const map = new Map<string, string>();
  const dir = join(pagefindDir, 'fragment');
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const json = JSON.parse(
      gunzipSync(readFileSync(join(dir, name)))
        .subarray(12)
        .toString('utf8'),
    ) as { url: string };
    map.set(name.slice(lang.length + 1, -'.pf_fragment'.length), json.url);
  }
  return map;
}

function keyUrlMap(site: string): Map<string, string> {
  const map = new Map<string, string>();
  const dir = join(site, 'search', 'doc');
  for (const name of readdirSync(dir)) {
    const doc = JSON.parse(gunzipSync(readFileSync(join(dir, name))).toString('utf8')) as { u: string };
    map.set(name.replace(/\.gz$/, ''), doc.u);
  }
  return map;
}

interface Run {
  bytes: number;
  rawBytes: number;
  firstMs: number;
  nextMs: number;
  requests: number;
  /** Next search on the search page itself: Enter → results on screen (ours only). */
  pageMs?: number;
}
interface EngineResult {
  found: number;
  recall: number;
  precision: number;
  runs: Run[];
}

/** The search-page timings of an engine's runs (none for stock Pagefind, or when the page was not measured). */
const pageTimes = (e: EngineResult) => e.runs.flatMap((x) => (x.pageMs === undefined ? [] : [x.pageMs]));

// In-page code runs as strings (no bundler helpers leak into the page).
const OURS_COLD = (api: string, q: string) => `(async () => {
  const t0 = performance.now();
  const api = await import(${JSON.stringify(api)});
  const r = await api.search(${JSON.stringify(q)}, { limit: 20 });
  return { ms: performance.now() - t0, total: r.total };
})()`;
const OURS_IDS = (api: string, q: string) => `(async () => {
  const api = await import(${JSON.stringify(api)});
  return (await api.matchIds(${JSON.stringify(q)})).ids;
})()`;
const STOCK_COLD = (pf: string, q: string) => `(async () => {
  const t0 = performance.now();
  const pf = await import(${JSON.stringify(pf)});
  await pf.options({ noWorker: true });
  const r = await pf.search(${JSON.stringify(q)});
  await Promise.all(r.results.slice(0, 20).map((x) => x.data()));
  return { ms: performance.now() - t0, total: r.results.length };
})()`;
const STOCK_IDS = (pf: string, q: string) => `(async () => {
  const pf = await import(${JSON.stringify(pf)});
  await pf.options({ noWorker: true });
  const r = await pf.search(${JSON.stringify(q)});
  return r.results.map((x) => x.id);
})()`;

// ---------- the search page, as a reader uses it, with no automation attached ----------
// Playwright's instrumentation of every request (CDP events to this process) slows a page's fetches measurably
// on a 2-core machine, and a reader's browser has none. So this part runs a plain headless Chromium on the search
// page with a small measuring script added (/__measure.js, allowed by the page's script-src 'self'), which takes
// its tasks from this server and reports back, one fresh page load per task.
const MEASURE_SCRIPT = (base: string, warm: string, api: string, stock: string) => `
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const n = Number(new URLSearchParams(location.search).get('bench'));
const task = await (await fetch('${base}__task?n=' + n)).json();
const warm = ${JSON.stringify(warm)};
let ms = 0;
let shown = 0;
if (task.kind === 'page') {
  // The search page with the first search (warm) on screen; the reader reads it for a moment, types the next
  // query and presses Enter: from then until the new results are rendered and painted.
  const app = document.querySelector('[data-search-app]');
  const input = document.querySelector('#search-q');
  const form = document.querySelector('[data-search-form]');
  const renderedQuery = () => new URL(app.dataset.rendered || '', location.href).searchParams.get('q');
  while (renderedQuery() !== warm) await sleep(10);
  await sleep(300);
  input.value = task.q;
  ms = await new Promise((ok) => {
    const t0 = performance.now();
    new MutationObserver((_, observer) => {
      if (renderedQuery() !== task.q) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => ok(performance.now() - t0)));
    }).observe(app, { attributes: true, attributeFilter: ['data-rendered'] });
    form.requestSubmit();
  });
  shown = document.querySelectorAll('[data-search-results] > li').length;
} else if (task.kind === 'api') {
  // search() with its default 20 results, after a first search in the same page.
  const api = await import(${JSON.stringify(api)});
  await api.search(warm);
  await sleep(300);
  const t0 = performance.now();
  shown = (await api.search(task.q)).results.length;
  ms = performance.now() - t0;
} else if (task.kind === 'stock') {
  // Stock Pagefind: the search and the data of its first 20 results, after a first search.
  const pf = await import(${JSON.stringify(stock)});
  await pf.options({ noWorker: true });
  const first = await pf.search(warm);
  await Promise.all(first.results.slice(0, 20).map((r) => r.data()));
  await sleep(300);
  const t0 = performance.now();
  const r = await pf.search(task.q);
  shown = (await Promise.all(r.results.slice(0, 20).map((x) => x.data()))).length;
  ms = performance.now() - t0;
}
if (task.kind) {
  const next = await (await fetch('${base}__result', { method: 'POST', body: JSON.stringify({ n, ms, shown }) })).json();
  if (next.url) location.replace(next.url);
}
`;

type TaskKind = 'page' | 'api' | 'stock';
interface PageTask {
  kind: TaskKind;
  q: string;
}

/** Runs every task in a plain Chromium (see MEASURE_SCRIPT); resolves with one result per task, in order. */
async function measureWithoutAutomation(origin: string, tasks: PageTask[], hooks: PageHooks): Promise<{ ms: number; shown: number }[]> {
  const results: { ms: number; shown: number }[] = [];
  const urlOf = (n: number) =>
    tasks[n]!.kind === 'page'
      ? `${origin}${base}search/?q=${encodeURIComponent(WARM_QUERY)}&bench=${n}`
      : `${origin}${base}__bench.html?bench=${n}`;
  const profile = join(tmpdir(), `ggw-search-bench-chromium-${process.pid}`);
  rmSync(profile, { recursive: true, force: true });
  let finish: (error?: Error) => void = () => {};
  const finished = new Promise<void>((ok, fail) => (finish = (error) => (error ? fail(error) : ok())));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watchdog = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        finish(
          new Error(
            `无自动化测量在第 ${results.length + 1} 项（${tasks[results.length]?.kind} ${tasks[results.length]?.q}）停住了：60 秒没有结果`,
          ),
        ),
      60_000,
    );
  };
  hooks.task = (n) => tasks[n] ?? {};
  hooks.result = (r) => {
    results[r.n] = { ms: r.ms, shown: r.shown };
    if (results.length % 20 === 0) console.error(`  ${results.length}/${tasks.length}`);
    watchdog();
    if (r.n + 1 >= tasks.length) {
      finish();
      return {};
    }
    return { url: urlOf(r.n + 1) };
  };
  watchdog();
  const chromium = spawn(
    CHROMIUM_PATH,
    ['--headless', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--window-size=390,844', '--lang=zh-CN', urlOf(0)],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((ok) => chromium.once('exit', () => ok()));
  chromium.on('exit', (code) => finish(results.length < tasks.length ? new Error(`Chromium 意外退出（${code}）`) : undefined));
  chromium.on('error', (error) =>
    finish(new Error(`无法启动 Chromium（${chromium.spawnfile}）：${error.message}；可用 CHROMIUM_PATH 指定`)),
  );
  try {
    await finished;
  } finally {
    clearTimeout(timer);
    chromium.kill();
    // Chromium writes its profile while it shuts down: remove the folder once it has exited.
    if (chromium.pid !== undefined) await Promise.race([exited, new Promise((ok) => setTimeout(ok, 10_000))]);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
  return results;
}

async function inPage<T>(
  browser: Browser,
  url: string,
  code: string,
): Promise<{ value: T; bytes: number; rawBytes: number; requests: number }> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  try {
    await page.goto(url);
    const value = (await page.evaluate(code)) as T;
    const entries = (await page.evaluate(
      `performance.getEntriesByType('resource').map((e) => [e.transferSize, e.encodedBodySize, e.decodedBodySize])`,
    )) as [number, number, number][];
    return {
      value,
      bytes: entries.reduce((s, e) => s + e[0], 0),
      // The same requests from a host that compresses nothing: headers + the body as stored.
      rawBytes: entries.reduce((s, e) => s + e[0] - e[1] + e[2], 0),
      requests: entries.length,
    };
  } finally {
    await context.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  const { corpusSize, reps, useStock, reuse } = options;
  ({ gzipOn, base } = options);
  const t0 = performance.now();
  const loadStart = loadavg().map((x) => +x.toFixed(1));
  let site: string;
  let label: string;
  let queries: string[];
  const work = join(tmpdir(), 'ggw-search-bench');
  mkdirSync(work, { recursive: true });
  let index: IndexReport | undefined;
  let indexMs: number | undefined;

  if (corpusSize > 0) {
    label = `synthetic county, ${corpusSize} news items`;
    site = join(work, `corpus-${corpusSize}`);
    queries = CORPUS_QUERIES;
    if (!(reuse && existsSync(join(site, 'search', 'api.js')))) {
      console.error(`生成 ${corpusSize} 条测试内容到 ${site} …`);
      generateCorpus({ outDir: site, count: corpusSize });
    }
  } else {
    const source = resolve(options.site ?? join(ROOT, 'dist'));
    label = `site ${source}`;
    queries = DEMO_QUERIES;
    if (!existsSync(join(source, 'index.html'))) {
      console.error(`${source} 不存在，先构建网站（npm run build）…`);
      const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
      if (r.status !== 0) return EXIT.problems;
    }
    // Work on a copy, so that a rebuild of dist/ during the run changes nothing (and dist/ is left as it was).
    site = join(work, 'site');
    if (!reuse) {
      rmSync(site, { recursive: true, force: true });
      cpSync(source, site, { recursive: true });
    }
  }
  if (options.queries) queries = options.queries;
  if (!(reuse && existsSync(join(site, 'search', 'api.js')))) {
    console.error('建立本项目的搜索索引…');
    index = await buildSearchIndex({ siteDir: site, log: (l) => console.error(l) });
    indexMs = index.ms.total;
  }

  let stockDir: string | undefined;
  let stockMs: number | undefined;
  if (useStock) {
    stockDir = join(work, `stock-${corpusSize || 'site'}`);
    if (!(reuse && existsSync(join(stockDir, 'pagefind.js')))) {
      console.error('用原版 Pagefind 为同一批页面建立索引（npx pagefind --site …）…');
      const s0 = performance.now();
      const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'pagefind'), ['--site', site, '--output-path', stockDir], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`原版 Pagefind 建立索引失败：${r.stderr}`);
      stockMs = performance.now() - s0;
    }
  }

  console.error('计算每个查询的真值（索引文本包含查询词）…');
  // The indexer already extracted every page's indexed text; read the pages again only for a reused index.
  const pages: TruthPage[] = index ? index.pages.map((p) => ({ url: p.url, text: p.text })) : truthPages(site);
  const keyToUrl = keyUrlMap(site);
  const stockIdToUrl = stockDir ? fragmentUrls(stockDir, 'zh-cn') : new Map<string, string>();

  // The search page for the in-page measurement: the site's own, or for the generated corpus (plain HTML pages)
  // the demo build's page and its assets, which find the corpus's search/api.js under the same base.
  let pageSource: string | undefined = existsSync(join(site, 'search', 'index.html')) ? site : join(ROOT, 'dist');
  if (!existsSync(join(pageSource, 'search', 'index.html'))) {
    console.error('搜索页测量需要构建好的演示站点，先构建（npm run build）…');
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) return EXIT.problems;
  }
  if (!readFileSync(join(pageSource, 'search', 'index.html'), 'utf8').includes(`data-api="${base}search/api.js"`)) {
    console.error(`跳过搜索页测量：${pageSource} 的搜索页不是按 ${base} 构建的`);
    pageSource = undefined;
  }
  const apiUrl = `${base}search/api.js`;
  const stockUrl = `${base}__stock/pagefind.js`;
  const hooks: PageHooks = { script: MEASURE_SCRIPT(base, WARM_QUERY, apiUrl, stockUrl), task: () => ({}), result: () => ({}) };
  const { server, origin } = await serve(
    [
      ...(stockDir ? [{ prefix: `${base}__stock/`, dir: stockDir }] : []),
      { prefix: base, dir: site },
      ...(pageSource && pageSource !== site
        ? [
            { prefix: `${base}search/`, dir: join(pageSource, 'search'), pageOnly: true },
            { prefix: `${base}_astro/`, dir: join(pageSource, '_astro') },
          ]
        : []),
    ],
    hooks,
  );
  // Next searches first, in a Chromium with no automation attached, so that nothing else runs meanwhile. The
  // kinds take turns query by query, so that changing load on the machine falls on all of them alike.
  const nextRuns = new Map<string, { ms: number; shown: number }[]>();
  {
    const kinds: TaskKind[] = [...(pageSource ? (['page'] as const) : []), 'api', ...(stockDir ? (['stock'] as const) : [])];
    const tasks = Array.from({ length: reps }, () => queries.flatMap((q) => kinds.map((kind) => ({ kind, q })))).flat();
    console.error(`测量“下一次搜索”（${queries.length} 个查询 × ${reps} 次 × ${kinds.join('/')}，不挂自动化工具的 Chromium）…`);
    // One unmeasured search first: the browser's own first-time work (fonts, caches) is not a next search.
    const warmUp: PageTask = { kind: kinds[0]!, q: WARMUP_QUERY };
    const measured = (await measureWithoutAutomation(origin, [warmUp, ...tasks], hooks)).slice(1);
    tasks.forEach((t, k) => nextRuns.set(`${t.kind} ${t.q}`, [...(nextRuns.get(`${t.kind} ${t.q}`) ?? []), measured[k]!]));
  }
  const benchUrl = `${origin}${base}__bench.html`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });

  const rows: { query: string; truth: number; ours: EngineResult; stock?: EngineResult }[] = [];
  /** Most results the search page showed at once (its page size). */
  let pageShows = 0;
  try {
    for (const [qi, q] of queries.entries()) {
      const truth = truthFor(pages, q);
      const score = (urls: string[]) => {
        const found = new Set(urls);
        const hit = [...found].filter((u) => truth.has(u)).length;
        return {
          found: found.size,
          recall: truth.size ? hit / truth.size : found.size ? 0 : 1,
          precision: found.size ? hit / found.size : truth.size ? 0 : 1,
        };
      };
      const oursIds = (await inPage<string[]>(browser, benchUrl, OURS_IDS(apiUrl, q))).value;
      const ours: EngineResult = { ...score(oursIds.map((k) => keyToUrl.get(k) ?? `?${k}`)), runs: [] };
      let stock: EngineResult | undefined;
      if (stockDir) {
        const ids = (await inPage<string[]>(browser, benchUrl, STOCK_IDS(stockUrl, q))).value;
        stock = { ...score(ids.map((id) => (stockIdToUrl.get(id.slice('zh-cn_'.length)) ?? `?${id}`).replace(/^\//, ''))), runs: [] };
      }
      for (let r = 0; r < reps; r++) {
        const cold = await inPage<{ ms: number }>(browser, benchUrl, OURS_COLD(apiUrl, q));
        const inPageRun = nextRuns.get(`page ${q}`)?.[r];
        if (inPageRun) pageShows = Math.max(pageShows, inPageRun.shown);
        ours.runs.push({
          bytes: cold.bytes,
          rawBytes: cold.rawBytes,
          firstMs: cold.value.ms,
          nextMs: nextRuns.get(`api ${q}`)![r]!.ms,
          requests: cold.requests,
          ...(inPageRun ? { pageMs: inPageRun.ms } : {}),
        });
        if (stock) {
          const sc = await inPage<{ ms: number }>(browser, benchUrl, STOCK_COLD(stockUrl, q));
          stock.runs.push({
            bytes: sc.bytes,
            rawBytes: sc.rawBytes,
            firstMs: sc.value.ms,
            nextMs: nextRuns.get(`stock ${q}`)![r]!.ms,
            requests: sc.requests,
          });
        }
      }
      rows.push({ query: q, truth: truth.size, ours, ...(stock ? { stock } : {}) });
      const f = (e: EngineResult) =>
        `${String(e.found).padStart(6)} ${e.recall.toFixed(3)} ${e.precision.toFixed(3)} ${(median(e.runs.map((x) => x.bytes)) / 1024).toFixed(0).padStart(4)}KB ${median(
          e.runs.map((x) => x.firstMs),
        )
          .toFixed(0)
          .padStart(5)}ms ${median(e.runs.map((x) => x.nextMs))
          .toFixed(0)
          .padStart(4)}ms`;
      const pageMs = pageTimes(ours);
      if (qi === 0)
        console.log(
          `${'query'.padEnd(12)} ${'truth'.padStart(6)} | ours: found recall precis. 1st-KB  1st-ms next  page | stock: found recall precis. 1st-KB 1st-ms next`,
        );
      console.log(
        `${q.padEnd(12 - [...q].filter((c) => c.charCodeAt(0) > 0x2e80).length)} ${String(truth.size).padStart(6)} | ${f(ours)} ${pageMs.length ? `${median(pageMs).toFixed(0).padStart(4)}ms` : '     -'} | ${stock ? f(stock) : '-'}`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }

  const summarise = (get: (r: (typeof rows)[number]) => EngineResult | undefined) => {
    const es = rows.map(get).filter((e): e is EngineResult => !!e);
    if (!es.length) return undefined;
    const bytes = es.map((e) => median(e.runs.map((x) => x.bytes)));
    const raw = es.map((e) => median(e.runs.map((x) => x.rawBytes)));
    const first = es.map((e) => median(e.runs.map((x) => x.firstMs)));
    const next = es.map((e) => median(e.runs.map((x) => x.nextMs)));
    const page = es.flatMap((e) => {
      const ms = pageTimes(e);
      return ms.length ? [median(ms)] : [];
    });
    return {
      recall: {
        mean: +(es.reduce((s, e) => s + e.recall, 0) / es.length).toFixed(4),
        min: +Math.min(...es.map((e) => e.recall)).toFixed(4),
      },
      precision: {
        mean: +(es.reduce((s, e) => s + e.precision, 0) / es.length).toFixed(4),
        min: +Math.min(...es.map((e) => e.precision)).toFixed(4),
      },
      queriesAtLeast099: es.filter((e) => e.recall >= 0.99 && e.precision >= 0.99).length,
      firstSearchKB: { median: +(median(bytes) / 1024).toFixed(1), max: +(Math.max(...bytes) / 1024).toFixed(1) },
      firstSearchKBUncompressedHost: { median: +(median(raw) / 1024).toFixed(1), max: +(Math.max(...raw) / 1024).toFixed(1) },
      firstSearchMs: { median: Math.round(median(first)), max: Math.round(Math.max(...first)) },
      nextSearchMs: { median: Math.round(median(next)), p90: Math.round(pct(next, 90)), max: Math.round(Math.max(...next)) },
      /** The fastest of the repetitions per query, then the median over queries: least disturbed by other load. */
      nextSearchMsBestRun: {
        median: Math.round(median(es.map((e) => Math.min(...e.runs.map((x) => x.nextMs))))),
        max: Math.round(Math.max(...es.map((e) => Math.min(...e.runs.map((x) => x.nextMs))))),
      },
      ...(page.length
        ? {
            nextSearchInPageMs: {
              median: Math.round(median(page)),
              p90: Math.round(pct(page, 90)),
              max: Math.round(Math.max(...page)),
              resultsShown: pageShows,
            },
          }
        : {}),
    };
  };
  const summary = {
    site: label,
    pages: pages.length,
    queries: rows.length,
    repetitions: reps,
    gzipHost: gzipOn,
    machine: { cpus: cpus().length, loadAverageAtStart: loadStart, loadAverageAtEnd: loadavg().map((x) => +x.toFixed(1)) },
    ours: {
      ...summarise((r) => r.ours),
      indexBytes: dirBytes(join(site, 'search')),
      indexMs: indexMs ?? null,
      postings: index?.postings ?? null,
    },
    stock: useStock
      ? { ...summarise((r) => r.stock), indexBytes: stockDir ? dirBytes(stockDir) : 0, indexMs: stockMs ? Math.round(stockMs) : null }
      : null,
    perQuery: rows.map((r) => ({
      query: r.query,
      truth: r.truth,
      ours: {
        found: r.ours.found,
        recall: +r.ours.recall.toFixed(4),
        precision: +r.ours.precision.toFixed(4),
        firstKB: +(median(r.ours.runs.map((x) => x.bytes)) / 1024).toFixed(1),
        firstMs: Math.round(median(r.ours.runs.map((x) => x.firstMs))),
        nextMs: Math.round(median(r.ours.runs.map((x) => x.nextMs))),
        pageMs: Math.round(median(pageTimes(r.ours))) || null,
      },
      stock: r.stock
        ? {
            found: r.stock.found,
            recall: +r.stock.recall.toFixed(4),
            precision: +r.stock.precision.toFixed(4),
            firstKB: +(median(r.stock.runs.map((x) => x.bytes)) / 1024).toFixed(1),
            firstMs: Math.round(median(r.stock.runs.map((x) => x.firstMs))),
            nextMs: Math.round(median(r.stock.runs.map((x) => x.nextMs))),
          }
        : null,
    })),
    totalSeconds: Math.round((performance.now() - t0) / 1000),
  };
  const { perQuery, ...head } = summary;
  console.log('\nJSON summary:');
  console.log(JSON.stringify(head, null, 2));
  const out = options.json;
  if (out) writeFileSync(out, JSON.stringify(summary, null, 2));
  void perQuery;
  return EXIT.ok;
}

if (isMainModule(import.meta.url)) void runCommand(USAGE, main);
