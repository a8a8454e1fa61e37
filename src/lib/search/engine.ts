// The search itself, independent of the browser: query → words → grams → the pages that have every gram →
// filters, counts per filter value, ranking, paging. The browser module (src/scripts/search/api.ts) gives it
// the gram index (src/lib/search/gram-index.ts); unit tests give it a stand-in.
import { foldText, type CharFolder } from './fold';
import { parseFoldedQuery, type QueryWord } from './tokens';
import { CONTENT_KINDS, type ContentKind } from '../content-kinds';
import type { SearchTable } from './table';

export interface BackendHit {
  /** Table index of the page. */
  page: number;
  /** Relevance score. */
  score: number;
}

export interface Backend {
  /** The pages that have every one of the grams. */
  search(terms: string[]): Promise<BackendHit[]>;
}

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchFilters {
  type?: string | readonly string[] | undefined;
  township?: string | readonly string[] | undefined;
  year?: string | number | readonly (string | number)[] | undefined;
}

export interface Facets {
  type: Record<string, number>;
  township: Record<string, number>;
  year: Record<string, number>;
}

/** Every page that has all terms of a query, with a relevance score, for one query. */
export interface MatchSet {
  key: string;
  words: QueryWord[];
  truncated: boolean;
  /** Table indexes of the matching pages, in no particular order (ranking them all is work only paging needs). */
  pages: number[];
  /** Relevance score by table index (0 where the page does not match). */
  score: Float64Array;
  /** Pages found by their grams whose text turned out not to contain every word. */
  excluded: Set<number>;
}

export interface SelectOptions {
  filters?: SearchFilters | undefined;
  sort?: SortOrder | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

export interface Selection {
  total: number;
  /** Table indexes of the requested slice, in order. */
  pages: number[];
  facets: Facets;
}

const TYPE_ALIASES = new Map<string, ContentKind>([
  ...CONTENT_KINDS.map((k) => [k, k] as [string, ContentKind]),
  ['新闻', 'news'],
  ['工作动态', 'news'],
  ['五老典型', 'people'],
  ['五老风采', 'people'],
  ['活动纪实', 'stories'],
  ['关工动态', 'bulletins'],
  ['《关工动态》', 'bulletins'],
]);

/** A non-negative whole number from an option, or the default when it is missing or not a number. */
function count(v: number | undefined, fallback: number): number {
  const n = Number(v);
  return v === undefined || !Number.isFinite(n) ? fallback : Math.max(0, Math.floor(n));
}

function list(v: string | number | readonly (string | number)[] | undefined): string[] {
  if (v === undefined || v === '') return [];
  return (Array.isArray(v) ? v : [v]).map((x) => String(x).trim()).filter(Boolean);
}

/** True when the folded text contains every word: the definition of a match. */
export function containsAll(foldedText: string, words: readonly QueryWord[]): boolean {
  return words.every((w) => foldedText.includes(w.text));
}

export class SearchEngine {
  private readonly cache = new Map<string, Promise<MatchSet>>();

  constructor(
    private readonly backend: Backend,
    readonly table: SearchTable,
    readonly fold: CharFolder,
  ) {}

  /** The words a query is searched as, folded (what excerpts highlight). */
  parse(query: string): { words: QueryWord[]; truncated: boolean } {
    return parseFoldedQuery(foldText(query, this.fold));
  }

  /** Orders pages: best score first (ties: newest, then table order), or by date with the score as tie-break. */
  private order(match: MatchSet, sort: SortOrder): (a: number, b: number) => number {
    const { score } = match;
    const day = this.table.day;
    const relevance = (a: number, b: number) => score[b]! - score[a]! || day[b]! - day[a]! || a - b;
    if (sort === 'newest') return (a, b) => day[b]! - day[a]! || relevance(a, b);
    if (sort === 'oldest') return (a, b) => (day[a]! || Infinity) - (day[b]! || Infinity) || relevance(a, b);
    return relevance;
  }

  /** Every page of the match set (excluded ones too) in result order. */
  ranked(match: MatchSet, sort: SortOrder = 'relevance'): number[] {
    return [...match.pages].sort(this.order(match, sort));
  }

  /** Every page that has all grams of the query. Cached per query. */
  match(query: string): Promise<MatchSet> {
    const { words, truncated } = this.parse(query);
    const key = words.map((w) => w.text).join(' ');
    let hit = this.cache.get(key);
    if (!hit) {
      hit = (async () => {
        const terms = [...new Set(words.flatMap((w) => w.terms))];
        const score = new Float64Array(this.table.n);
        const pages: number[] = [];
        for (const h of terms.length ? await this.backend.search(terms) : []) {
          if (h.page < 0 || h.page >= this.table.n) continue;
          score[h.page] = h.score;
          pages.push(h.page);
        }
        return { key, words, truncated, pages, score, excluded: new Set<number>() };
      })();
      hit.catch(() => this.cache.delete(key));
      this.cache.set(key, hit);
      if (this.cache.size > 100) this.cache.delete(this.cache.keys().next().value!);
    }
    return hit;
  }

  /**
   * The match set and the requested slice, every page of the slice checked against its folded text unless the
   * grams alone prove the match (words of up to three characters): a page whose text lacks a word (it has the
   * word's pieces apart) is dropped and the slice is cut again.
   */
  async verified(
    query: string,
    options: SelectOptions,
    foldedText: (page: number) => Promise<string>,
  ): Promise<{ match: MatchSet; selection: Selection }> {
    const match = await this.match(query);
    for (;;) {
      const selection = this.select(match, options);
      if (match.words.every((w) => w.exact)) return { match, selection };
      const texts = await Promise.all(selection.pages.map(foldedText));
      const wrong = selection.pages.filter((_, k) => !containsAll(texts[k]!, match.words));
      if (wrong.length === 0) return { match, selection };
      for (const p of wrong) match.excluded.add(p);
    }
  }

  /** Applies filters, counts every filter value (with the other filters applied), sorts and cuts a slice. */
  select(match: MatchSet, options: SelectOptions = {}): Selection {
    const { table } = this;
    const types = new Set(list(options.filters?.type).map((t) => CONTENT_KINDS.indexOf(TYPE_ALIASES.get(t) ?? (t as ContentKind))));
    const townshipIdx = new Set(list(options.filters?.township).map((t) => table.townships.indexOf(t)));
    const years = new Set(list(options.filters?.year).map(Number));
    const typeCount = new Array<number>(CONTENT_KINDS.length).fill(0);
    const townshipCount = new Array<number>(table.townships.length).fill(0);
    const yearCount = new Map<number, number>();
    const kept: number[] = [];
    const one = [0];
    for (const i of match.pages) {
      if (match.excluded.has(i)) continue;
      const kind = table.type[i]!;
      const single = table.singleTownship(i);
      let ts: number[];
      if (single >= 0) {
        one[0] = single;
        ts = one;
      } else ts = single === -1 ? [] : table.townshipIndexes(i);
      const year = table.yearNumber[i]!;
      const okType = types.size === 0 || types.has(kind);
      const okTownship = townshipIdx.size === 0 || ts.some((t) => townshipIdx.has(t));
      const okYear = years.size === 0 || years.has(year);
      if (okTownship && okYear) typeCount[kind]!++;
      if (okType && okYear) for (const t of ts) townshipCount[t]!++;
      if (okType && okTownship && year) yearCount.set(year, (yearCount.get(year) ?? 0) + 1);
      if (okType && okTownship && okYear) kept.push(i);
    }
    const facets: Facets = { type: {}, township: {}, year: {} };
    typeCount.forEach((c, k) => c && (facets.type[CONTENT_KINDS[k]!] = c));
    townshipCount.forEach((c, k) => c && (facets.township[table.townships[k]!] = c));
    for (const [y, c] of [...yearCount].sort((a, b) => b[0] - a[0])) facets.year[String(y)] = c;
    const offset = count(options.offset, 0);
    const limit = count(options.limit, 20);
    const first = firstInOrder(kept, Math.min(kept.length, offset + limit), this.order(match, options.sort ?? 'relevance'));
    return { total: kept.length, pages: first.slice(offset), facets };
  }
}

/**
 * The first `k` items in the order `compare` gives, sorted. For a page of results out of thousands of matches
 * this keeps a short sorted list instead of sorting them all.
 */
export function firstInOrder(items: readonly number[], k: number, compare: (a: number, b: number) => number): number[] {
  if (!(k > 0)) return [];
  if (k * 8 >= items.length) return [...items].sort(compare).slice(0, k);
  const best: number[] = [];
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, best[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
