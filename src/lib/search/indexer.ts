// The post-build search indexer (scripts/search-index.ts runs it after astro build, in npm run build).
//
// Reads every built page that has a [data-pagefind-body] element, folds its text (Traditional → Simplified,
// full-width → half-width, lower case, punctuation as separators) and lists the page under every gram of it
// (src/lib/search/tokens.ts) in our own index (src/lib/search/gram-index.ts). Then it writes, under
// <site>/search/: the page table and fold table (one gzip file), the index's bucket files, one small gzip
// document per page for result titles, excerpts and checks, and api.js, the search module pages and other
// sites import.
//
// Pagefind was the engine until 2026-12: its indexer held about 700 bytes per gram of every page (6.3 GB and
// 104 s for a county of 10,000 items); this index takes a fraction of both (README, Benchmarks).
import { build } from 'esbuild';
import { gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { ExtractedPage } from './extract';
import { serialiseFoldTable, type FoldTable } from './fold';
import { openccFoldTable } from './fold-table';
import { readSearchPages, type ReadPage } from './read-pages';
import { GramIndexBuilder, textLength } from './gram-index';
import { encodeSearchTable, SearchTable, type TableEntry } from './table';
import { dirBytes } from '../file-sizes';
import { inParallel } from '../in-parallel';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface IndexedPage {
  /** URL relative to the site base, e.g. "news/2025-11-03-x/". */
  url: string;
  /** The page's key in the search table (shortest unique prefix of its document's hash). */
  hash: string;
  page: ExtractedPage;
  /** Folded indexed text (title and body), for the benchmark's truth. */
  text: string;
}

export interface IndexReport {
  pages: IndexedPage[];
  /** Grams listed and (page, gram) pairs. */
  grams: number;
  postings: number;
  ms: { read: number; index: number; write: number; total: number };
  bytes: { index: number; search: number; data: number; api: number };
}

/** The built HTML pages of a site, without the search folder's, Pagefind's (a stock index) and Astro's assets. */
export function* htmlFiles(dir: string, root = dir): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // Links are followed (an editor's public/ may hold one), as statSync did before.
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory());
    if (isDir) {
      const rel = relative(root, path);
      if (rel.startsWith('pagefind') || rel === 'search' || rel.startsWith('__') || rel === '_astro') continue;
      yield* htmlFiles(path, root);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The part of the fold table that can matter for this site: mappings onto characters its text uses. */
function siteFoldTable(full: FoldTable, texts: string[]): Map<number, string> {
  // Characters by code point in an array, not a Set of strings: 16 million characters on 10,000 items.
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const t of texts)
    for (let i = 0; i < t.length; i++) {
      const cp = t.codePointAt(i)!;
      if (cp > 0xffff) {
        astral.add(cp);
        i++;
      } else bmp[cp] = 1;
    }
  const used = (c: string) => {
    const cp = c.codePointAt(0)!;
    return cp > 0xffff ? astral.has(cp) : bmp[cp] === 1;
  };
  const table = new Map<number, string>();
  for (const [k, v] of full) if ([...v].every(used)) table.set(k, v);
  return table;
}

function contentHash(data: Buffer | string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 10);
}

const gzipAsync = promisify(gzip);

export async function bundleSearchApi(outFile: string, dataFile: string): Promise<number> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/scripts/search/api.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    write: false,
    define: { __SEARCH_DATA_FILE__: JSON.stringify(dataFile) },
    legalComments: 'none',
    alias: { '@': join(ROOT, 'src') },
    logLevel: 'silent',
  });
  const code = `// 关工动态 站内搜索 API：search(query, { filters, sort, limit, offset }) → Promise<{ total, results }>\n${result.outputFiles[0]!.text}`;
  writeFileSync(outFile, code);
  return Buffer.byteLength(code);
}

/** Below this many files one thread reads them all (starting the second costs about 0.2 s). */
const FILES_PER_THREAD = 1500;

/**
 * readSearchPages over all files, the second half on a worker thread when the machine has a second core: the
 * reading, parsing and folding was 6 of the 17 s the index took on 10,000 items, and the other core idled.
 * The worker is this module's sibling bundled by esbuild, so it runs the same code under tsx, vitest or plain
 * Node. Should it fail, the main thread reads its half too.
 */
export async function readAllSearchPages(
  site: string,
  files: string[],
  filesPerThread = FILES_PER_THREAD,
): Promise<{ pages: ReadPage[]; threads: number }> {
  const table = openccFoldTable();
  if (files.length < 2 * filesPerThread || availableParallelism() < 2) return { pages: readSearchPages(site, files, table), threads: 1 };
  const half = Math.ceil(files.length / 2);
  const bundled = await build({
    entryPoints: [join(ROOT, 'src/lib/search/read-pages-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    write: false,
    logLevel: 'silent',
  });
  const rest = files.slice(half);
  let threads = 2;
  const second = new Promise<ReadPage[]>((done, fail) => {
    const worker = new Worker(bundled.outputFiles[0]!.text, { eval: true, workerData: { site, files: rest, table } });
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`搜索索引：读页面的线程退出（${code}）`)));
  }).catch(() => {
    threads = 1;
    return readSearchPages(site, rest, table);
  });
  const first = readSearchPages(site, files.slice(0, half), table);
  const pages = [...first, ...(await second)];
  return { pages, threads };
}

export interface BuildOptions {
  siteDir: string;
  log?: (line: string) => void;
}

export async function buildSearchIndex({ siteDir, log = () => {} }: BuildOptions): Promise<IndexReport> {
  const t0 = performance.now();
  const site = resolve(siteDir);

  // 1. Read pages: their sections, folded text and document (what a result shows and is checked against).
  const { pages: found } = await readAllSearchPages(site, [...htmlFiles(site)]);
  const t1 = performance.now();

  // 2. The page table decides each page's number; the index lists pages by it.
  const entries: TableEntry[] = found.map(({ hash, page }) => ({ hash, type: page.type, townships: page.townships, date: page.date }));
  const order = new SearchTable(encodeSearchTable(entries));
  const byIndex = found.map((p) => ({ p, i: order.indexOf(p.hash) })).sort((a, b) => a.i - b.i);
  const averageLength = found.reduce((sum, p) => sum + textLength(p.body), 0) / Math.max(1, found.length);
  const builder = new GramIndexBuilder();
  for (const { p, i } of byIndex) builder.addPage(i, p.title, p.body, averageLength);
  // SEARCH_BUCKET_BYTES lets a test spread a small site over many buckets.
  const index = builder.build(Number(process.env['SEARCH_BUCKET_BYTES']) || undefined);
  const t2 = performance.now();

  // 3. Files. Indexing a built site again (scripts/search-index.ts) rewrites only what changed: the buckets'
  // folder is named by their content, and a document whose file already holds it stays. (In npm run build the
  // folder starts empty: astro build empties it, even when its incremental build copies pages back.)
  const searchDir = join(site, 'search');
  const docDir = join(searchDir, 'doc');
  mkdirSync(docDir, { recursive: true });
  // An index Pagefind wrote here before 2026-12, when a built site is indexed again on its own.
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const digest = createHash('sha256');
  for (const f of index.files) digest.update(f);
  const gramDir = `g.${digest.digest('hex').slice(0, 10)}`;
  if (!existsSync(join(searchDir, gramDir))) {
    const buckets = await inParallel(index.files, (f) => gzipAsync(f, { level: 6 }));
    mkdirSync(join(searchDir, `${gramDir}.tmp`), { recursive: true });
    buckets.forEach((b, k) => writeFileSync(join(searchDir, `${gramDir}.tmp`, `${k.toString(36)}.gz`), b));
    renameSync(join(searchDir, `${gramDir}.tmp`), join(searchDir, gramDir));
  }
  const pages: IndexedPage[] = [];
  for (const { p, i } of byIndex) pages.push({ url: p.url, hash: order.key(i), page: p.page, text: `${p.title} ${p.body}`.trim() }); // = indexedText
  const oldDocs = new Set(readdirSync(docDir));
  const docNames = new Set<string>();
  for (const { p, i } of byIndex) {
    const name = `${order.key(i)}.gz`;
    docNames.add(name);
    // A key is a prefix of the document's hash and may have named another document last time: compare. Gzip
    // output is the same for the same text, so the compressed bytes are compared. Compressing here, one after
    // another, took 0.9 s for 10,000 documents; on the thread pool, a promise each, 2.9 s.
    const gz = gzipSync(p.doc, { level: 9 });
    if (oldDocs.has(name) && readFileSync(join(docDir, name)).equals(gz)) continue;
    writeFileSync(join(docDir, name), gz);
  }
  for (const name of oldDocs) if (!docNames.has(name)) rmSync(join(docDir, name), { force: true });
  const fold4site = siteFoldTable(
    openccFoldTable(),
    pages.map((p) => p.text),
  );
  const table = encodeSearchTable(entries, { fold: serialiseFoldTable(fold4site), grams: gramDir, buckets: String(index.count) });
  const data = gzipSync(table, { level: 9 });
  const dataFile = `data.${contentHash(data)}.gz`;
  writeFileSync(join(searchDir, dataFile), data);
  const apiBytes = await bundleSearchApi(join(searchDir, 'api.js'), dataFile);
  // Whatever else is in search/ is from an earlier build: only the search page, the documents, this index and
  // its table stay.
  const kept = new Set(['index.html', 'doc', gramDir, dataFile, 'api.js']);
  for (const name of readdirSync(searchDir)) if (!kept.has(name)) rmSync(join(searchDir, name), { recursive: true, force: true });
  const t3 = performance.now();

  const report: IndexReport = {
    pages,
    grams: index.grams,
    postings: index.postings,
    ms: { read: Math.round(t1 - t0), index: Math.round(t2 - t1), write: Math.round(t3 - t2), total: Math.round(t3 - t0) },
    bytes: { index: dirBytes(join(searchDir, gramDir)), search: dirBytes(searchDir), data: data.length, api: apiBytes },
  };
  log(
    `搜索索引：${pages.length} 页，${index.grams} 个字词片段，${index.postings} 条记录；索引 ${(report.bytes.index / 1e6).toFixed(1)} MB` +
      `（${index.count} 个分桶），页表 ${(data.length / 1024).toFixed(1)} KB，用时 ${(report.ms.total / 1000).toFixed(1)} 秒` +
      `（读页面 ${(report.ms.read / 1000).toFixed(1)}，建索引 ${(report.ms.index / 1000).toFixed(1)}，写文件 ${(report.ms.write / 1000).toFixed(1)}）`,
  );
  return report;
}
