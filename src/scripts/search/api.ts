// The site's search as one ES module, served at <base>/search/api.js (bundled by scripts/search-index.ts).
//
//   const { search } = await import('/search/api.js');
//   const { total, results } = await search('留守儿童', { filters: { type: 'news', year: '2025' }, sort: 'newest', limit: 20, offset: 0 });
//
// Works from any page and under any sub-path: every other file is found relative to this module's own URL.
import { gunzipSync, strFromU8 } from 'fflate';
import { foldText, makeCharFolder, parseFoldTable, type CharFolder } from '../../lib/search/fold';
import { SearchTable } from '../../lib/search/table';
import { KIND_DISPLAY_LABELS, type ContentKind } from '../../lib/content-kinds';
import { GramBucket, bucketOf, intersect } from '../../lib/search/gram-index';
import { SearchEngine, type BackendHit, type Facets, type SearchFilters, type SortOrder } from '../../lib/search/engine';
import { highlight, makeExcerpt } from '../../lib/search/excerpt';
import { formatChineseDate } from '../../lib/dates';

declare const __SEARCH_DATA_FILE__: string;

export type { SearchFilters, SortOrder, Facets };

export interface SearchOptions {
  /** 类型 (news | people | stories | bulletins, or 新闻/五老典型/活动纪实/关工动态), 乡镇/街道 (name), 年份: one value or several (any of them). */
  filters?: SearchFilters;
  /** 'relevance' (default), 'newest' or 'oldest'. */
  sort?: SortOrder;
  /** How many results to return (default 20). */
  limit?: number;
  /** How many results to skip (default 0). */
  offset?: number;
}

export interface SearchResult {
  /** Absolute URL of the page. */
  url: string;
  title: string;
  /** The title as HTML, matches in <mark>. */
  titleHtml: string;
  /** news | people | stories | bulletins */
  type: ContentKind;
  /** 新闻 | 五老典型 | 活动纪实 | 《关工动态》 */
  typeLabel: string;
  /** Township names joined with 、 ('' if none). */
  township: string;
  townships: string[];
  /** YYYY-MM-DD, or '' for profiles. */
  date: string;
  /** 2025年11月3日, or ''. */
  dateText: string;
  /** Text around the first match as HTML, matches in <mark>. */
  excerpt: string;
}

export interface SearchResponse {
  /** Number of pages that match (after filters). */
  total: number;
  results: SearchResult[];
  /** Matches per filter value, each counted with the other filters applied. */
  facets: Facets;
  /** The words searched for, after folding (Traditional → Simplified, full-width → half-width, lower case). */
  words: string[];
  /** True when the query was too long and was shortened. */
  truncated: boolean;
  /** Milliseconds spent: finding the matches (index and filters), loading and checking the shown pages. */
  timings: { match: number; docs: number; total: number };
}

const SELF = new URL(import.meta.url);
/** The site's base URL (this module lives at <base>/search/api.js). */
export const baseUrl = new URL('../', SELF).href;
const DATA_URL = new URL(__SEARCH_DATA_FILE__, SELF).href;

interface Doc {
  u: string;
  t: string;
  y: ContentKind;
  d: string;
  w: string[];
  x: string;
}

interface LoadedDoc extends Doc {
  /** Folded title and body, for verification (computed when first needed). */
  folded?: string;
}

async function fetchGzip(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A server that adds Content-Encoding: gzip itself has the browser hand over plain bytes.
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}

async function fetchGzipJson<T>(url: string): Promise<T> {
  return JSON.parse(strFromU8(await fetchGzip(url))) as T;
}

interface Loaded {
  engine: SearchEngine;
  table: SearchTable;
  fold: CharFolder;
}

let loading: Promise<Loaded> | undefined;
const docs = new Map<number, Promise<LoadedDoc>>();

const buckets = new Map<number, Promise<GramBucket>>();

/** One bucket of the gram index (src/lib/search/gram-index.ts), fetched once. */
function getBucket(table: SearchTable, b: number): Promise<GramBucket> {
  let bucket = buckets.get(b);
  if (!bucket) {
    bucket = fetchGzip(new URL(`${table.extra['grams']}/${b.toString(36)}.gz`, SELF).href).then((bytes) => new GramBucket(bytes));
    bucket.catch(() => buckets.delete(b));
    buckets.set(b, bucket);
  }
  return bucket;
}

function load(): Promise<Loaded> {
  loading ??= (async () => {
    const table = new SearchTable(await fetchGzip(DATA_URL));
    const fold = makeCharFolder(parseFoldTable(table.extra['fold'] ?? ''));
    const count = Number(table.extra['buckets']) || 1;
    const engine = new SearchEngine(
      {
        async search(terms: string[]): Promise<BackendHit[]> {
          const lists = await Promise.all(terms.map(async (t) => (await getBucket(table, bucketOf(t, count))).postings(t)));
          const { pages, scores } = intersect(lists, table.n);
          return pages.map((page, k) => ({ page, score: scores[k]! }));
        },
      },
      table,
      fold,
    );
    return { engine, table, fold };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

async function foldedDoc(loaded: Loaded, i: number): Promise<string> {
  const d = await getDoc(loaded, i);
  d.folded ??= `${foldText(d.t, loaded.fold)} ${foldText(d.x, loaded.fold)}`;
  return d.folded;
}

function getDoc({ table }: Loaded, i: number): Promise<LoadedDoc> {
  let doc = docs.get(i);
  if (!doc) {
    doc = fetchGzipJson<Doc>(new URL(`doc/${table.key(i)}.gz`, SELF).href);
    doc.catch(() => docs.delete(i));
    docs.set(i, doc);
    if (docs.size > 500) docs.delete(docs.keys().next().value!);
  }
  return doc;
}

/** Loads the search index without searching, so that the first search is fast (e.g. when the box gets focus). */
export async function preload(): Promise<void> {
  await load();
}

/** Searches the site. `total` counts every match; `results` holds up to `limit` of them from `offset`. */
export async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const loaded = await load();
  const t0 = performance.now();
  await loaded.engine.match(String(query ?? ''));
  const matchMs = performance.now() - t0;
  const { match, selection } = await loaded.engine.verified(String(query ?? ''), options, (i) => foldedDoc(loaded, i));
  const pageDocs = await Promise.all(selection.pages.map((i) => getDoc(loaded, i)));
  const words = match.words.map((w) => w.text);
  const results = pageDocs.map((d): SearchResult => ({
    url: new URL(d.u, baseUrl).href,
    title: d.t,
    titleHtml: highlight(d.t, words, loaded.fold),
    type: d.y,
    typeLabel: KIND_DISPLAY_LABELS[d.y] ?? d.y,
    township: d.w.join('、'),
    townships: d.w,
    date: d.d,
    dateText: d.d ? formatChineseDate(d.d) : '',
    excerpt: makeExcerpt(d.x, words, loaded.fold),
  }));
  const total = performance.now() - t0;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    total: selection.total,
    results,
    facets: selection.facets,
    words,
    truncated: match.truncated,
    timings: { match: round(matchMs), docs: round(total - matchMs), total: round(total) },
  };
}

/**
 * For the benchmark and tests: the keys (shortest unique prefixes of the pages' document hashes) of every match, in
 * result order, after the same checks as search() with the same options.
 */
export async function matchIds(query: string, options: SearchOptions = {}): Promise<{ total: number; ids: string[] }> {
  const loaded = await load();
  const { match } = await loaded.engine.verified(String(query ?? ''), options, (i) => foldedDoc(loaded, i));
  const all = loaded.engine.select(match, { ...options, offset: 0, limit: Number.MAX_SAFE_INTEGER });
  return { total: all.total, ids: all.pages.map((i) => loaded.table.key(i)) };
}
