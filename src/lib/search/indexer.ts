// The post-build search indexer (scripts/search-index.ts runs it after astro build, in npm run build).
//
// Reads every built page that has a [data-pagefind-body] element, folds its text (Traditional → Simplified,
// full-width → half-width, lower case, punctuation as separators), turns it into search tokens
// (src/lib/search/tokens.ts) and feeds them to Pagefind through its Node API as custom records, so Pagefind
// remains the engine that builds the chunked index and searches it in the browser. Then it writes, under
// <site>/search/: the page table and fold table (one gzip file), one small gzip document per page for result
// titles and excerpts, and api.js, the search module pages and other sites import.
import * as pagefind from 'pagefind';
import { build } from 'esbuild';
import { gzipSync, gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractSearchPage, type ExtractedPage } from './extract';
import { makeCharFolder, serialiseFoldTable, type FoldTable } from './fold';
import { openccFoldTable } from './fold-table';
import { sectionsOf, pageTokens, indexedText } from './indexed-page';
import { encodeSearchTable, SearchTable, type TableEntry } from './table';
import { dirBytes } from '../file-sizes';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SEARCH_LANGUAGE = 'zh-cn';
const WORD_COUNT_STEP = 64;
const INDEX_CHUNK_SIZE = 10_000;
/**
 * At most this many tokens per Pagefind process (about 7 GB of its memory). Every shard adds its metadata and
 * one index chunk per query term to a first search (measured at 10,000 items: 2 shards took the largest first
 * search from 263 to 315 KB), so shards are few and large: even 10,000 short items stay one index.
 */
export const SHARD_TOKENS = 10_000_000;
/** Never a query term: query terms are "u…", "v…" or 12 digits. */
const FILLER = 'w';

export interface IndexedPage {
  /** URL relative to the site base, e.g. "news/2025-11-03-x/". */
  url: string;
  /** The page's key in the search table (shortest unique prefix of Pagefind's page hash). */
  hash: string;
  page: ExtractedPage;
  /** Folded indexed text (title and body), for the benchmark's truth. */
  text: string;
}

export interface IndexReport {
  pages: IndexedPage[];
  tokens: number;
  ms: { read: number; pagefind: number; write: number; total: number };
  bytes: { pagefind: number; search: number; data: number; api: number };
}

/** The built HTML pages of a site, without Pagefind's, the search folder's and Astro's assets. */
export function* htmlFiles(dir: string, root = dir): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const rel = relative(root, path);
      if (rel === 'pagefind' || rel.startsWith('pagefind') || rel === 'search' || rel === '_astro') continue;
      yield* htmlFiles(path, root);
    } else if (name.endsWith('.html')) yield path;
  }
}

/** Pagefind's files are gzip with a "pagefind_dcd" signature inside. */
export function readPagefindFile(path: string): Buffer {
  const raw = gunzipSync(readFileSync(path));
  return raw.subarray(12);
}

/** Page id (hash without language) → URL, from the fragments Pagefind wrote. */
export function fragmentUrls(pagefindDir: string, lang = SEARCH_LANGUAGE): Map<string, string> {
  const map = new Map<string, string>();
  const dir = join(pagefindDir, 'fragment');
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const json = JSON.parse(readPagefindFile(join(dir, name)).toString('utf8')) as { url: string };
    map.set(name.slice(lang.length + 1, -'.pf_fragment'.length), json.url);
  }
  return map;
}

/** The part of the fold table that can matter for this site: mappings onto characters its text uses. */
function siteFoldTable(full: FoldTable, texts: string[]): Map<number, string> {
  const used = new Set<string>();
  for (const t of texts) for (const ch of t) used.add(ch);
  const table = new Map<number, string>();
  for (const [k, v] of full) if ([...v].every((c) => used.has(c))) table.set(k, v);
  return table;
}

function contentHash(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 10);
}

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

/**
 * Consecutive groups of records of about equal token counts, as few as keep each at most `limit` tokens
 * (a record bigger than that is a group of its own).
 */
export function shardByTokens<T extends { tokens: number }>(records: T[], limit: number): T[][] {
  const total = records.reduce((sum, r) => sum + r.tokens, 0);
  const target = total / Math.max(1, Math.ceil(total / limit));
  const shards: T[][] = [[]];
  let inShard = 0;
  for (const record of records) {
    if (inShard > 0 && (inShard + record.tokens > limit || inShard + record.tokens / 2 > target)) {
      shards.push([]);
      inShard = 0;
    }
    shards.at(-1)!.push(record);
    inShard += record.tokens;
  }
  return shards;
}

export interface BuildOptions {
  siteDir: string;
  log?: (line: string) => void;
}

export async function buildSearchIndex({ siteDir, log = () => {} }: BuildOptions): Promise<IndexReport> {
  const t0 = performance.now();
  const site = resolve(siteDir);
  const fold = makeCharFolder(openccFoldTable());

  // 1. Read pages.
  const found: { url: string; page: ExtractedPage }[] = [];
  for (const file of htmlFiles(site)) {
    const page = extractSearchPage(readFileSync(file, 'utf8'));
    if (!page) continue;
    const rel = relative(site, file).split(sep).join('/');
    found.push({ url: rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel, page });
  }
  found.sort((a, b) => (a.url < b.url ? -1 : 1));
  const t1 = performance.now();

  // 2. Pagefind, through its Node API. The service reads PAGEFIND_* from the environment: index chunks of
  // half the default size (measured on 10,000 pages: a first search then fetches 25 KB less for a query of
  // several words, while the longer chunk list in the metadata costs about as much as it saves for one word).
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  const pagefindDir = join(site, 'pagefind');
  rmSync(pagefindDir, { recursive: true, force: true });
  // Pagefind's indexer holds about 700 bytes per token of every page until it writes (measured: 10,000 long
  // items, 15.8 million tokens, 10.8 GB). So pages go into shards of at most SHARD_TOKENS tokens, each indexed
  // by its own Pagefind process, one after another: shard 0 in pagefind/, the others in pagefind/shard-N/.
  // The browser merges them with mergeIndex, which reuses the first index's WebAssembly.
  const prepared = found.map(({ url, page }) => {
    const sections = sectionsOf(page, fold);
    const { content, title } = pageTokens(sections, fold);
    // Pagefind lists every page with its word count in the metadata every search loads; rounded up to a
    // multiple of WORD_COUNT_STEP (with a filler word no query uses) the counts compress to almost nothing.
    while (content.length % WORD_COUNT_STEP) content.push(FILLER);
    return { url, sections, tokens: content.length, content: content.join(' '), title: title.join(' ') };
  });
  // SEARCH_SHARD_TOKENS lets a test force several shards on a small site.
  const shards = shardByTokens(prepared, Number(process.env['SEARCH_SHARD_TOKENS']) || SHARD_TOKENS);
  let tokens = 0;
  const texts = new Map<string, string>();
  const shardDirs: string[] = [];
  for (const [s, shard] of shards.entries()) {
    const outputPath = s === 0 ? pagefindDir : join(pagefindDir, `shard-${s}`);
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind 启动失败：${errors.join('; ')}`);
    const pending: Promise<unknown>[] = [];
    for (const record of shard) {
      tokens += record.tokens;
      texts.set(record.url, indexedText(record.sections, fold));
      pending.push(
        index
          .addCustomRecord({ url: record.url, content: record.content, language: SEARCH_LANGUAGE, meta: { title: record.title } })
          .then((r) => {
            if (r.errors.length) throw new Error(`Pagefind 无法索引 ${record.url}：${r.errors.join('; ')}`);
          }),
      );
      if (pending.length >= 64) await Promise.all(pending.splice(0));
    }
    await Promise.all(pending);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
    // Stopping the service frees its memory before the next shard.
    await pagefind.close();
    // The UI bundles and the playground are not used: the site has its own search page. A merged shard
    // needs only its entry, metadata and index chunks.
    const unused = s === 0 ? /^pagefind-(component-ui|modular-ui|ui|highlight)\./ : /^(pagefind.*\.(js|css)|wasm\..*\.pagefind)$/;
    for (const name of readdirSync(outputPath)) if (unused.test(name)) rmSync(join(outputPath, name));
    if (s > 0) shardDirs.push(`shard-${s}/`);
    if (shards.length > 1) log(`  分片 ${s + 1}/${shards.length}：${shard.length} 页`);
  }
  const t2 = performance.now();

  // 3. Page table, documents and api.js.
  const urlOf = new Map([pagefindDir, ...shardDirs.map((d) => join(pagefindDir, d))].flatMap((dir) => [...fragmentUrls(dir)]));
  const hashOf = new Map([...urlOf].map(([hash, url]) => [url, hash]));
  const searchDir = join(site, 'search');
  mkdirSync(searchDir, { recursive: true });
  for (const name of readdirSync(searchDir)) if (name !== 'index.html') rmSync(join(searchDir, name), { recursive: true, force: true });
  const docDir = join(searchDir, 'doc');
  mkdirSync(docDir, { recursive: true });
  const entries: TableEntry[] = [];
  for (const { url, page } of found) {
    const hash = hashOf.get(url);
    if (!hash) throw new Error(`Pagefind 没有返回 ${url} 的索引`);
    entries.push({ hash, type: page.type, townships: page.townships, date: page.date });
  }
  const fold4site = siteFoldTable(openccFoldTable(), [...texts.values()]);
  // The shards' folders, relative to pagefind/, for the browser to merge ('' when there is one index).
  const table = encodeSearchTable(entries, SEARCH_LANGUAGE, { fold: serialiseFoldTable(fold4site), shards: shardDirs.join(',') });
  const decoded = new SearchTable(table);
  const pages: IndexedPage[] = [];
  for (const { url, page } of found) {
    const hash = hashOf.get(url)!;
    const key = decoded.key(decoded.indexOf(hash));
    const sections = sectionsOf(page, fold);
    pages.push({ url, hash: key, page, text: texts.get(url)! });
    const doc = { u: url, t: sections.title, y: page.type, d: page.date, w: page.townships, x: sections.body };
    writeFileSync(join(docDir, `${key}.gz`), gzipSync(JSON.stringify(doc), { level: 9 }));
  }
  const data = gzipSync(table, { level: 9 });
  const dataFile = `data.${contentHash(data)}.gz`;
  writeFileSync(join(searchDir, dataFile), data);
  const apiBytes = await bundleSearchApi(join(searchDir, 'api.js'), dataFile);
  const t3 = performance.now();

  const report: IndexReport = {
    pages,
    tokens,
    ms: { read: Math.round(t1 - t0), pagefind: Math.round(t2 - t1), write: Math.round(t3 - t2), total: Math.round(t3 - t0) },
    bytes: { pagefind: dirBytes(pagefindDir), search: dirBytes(searchDir), data: data.length, api: apiBytes },
  };
  log(
    `搜索索引：${pages.length} 页，${tokens} 个词元；Pagefind 索引 ${(report.bytes.pagefind / 1e6).toFixed(1)} MB，` +
      `页表 ${(data.length / 1024).toFixed(1)} KB，用时 ${(report.ms.total / 1000).toFixed(1)} 秒`,
  );
  return report;
}
