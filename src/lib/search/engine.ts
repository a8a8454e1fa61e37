// The search itself, independent of the browser: query → words → Pagefind terms → the pages that have every
// term → filters, counts per filter value, ranking, paging. The browser module (src/scripts/search/api.ts)
// gives it Pagefind; unit tests give it a fake.
//
// Pagefind quirk handled here: a search for several terms quietly ignores a term that no page has, instead
// of finding nothing. One look at the best match tells: if its text lacks a query word, a term was ignored (or
// the page only has the word's pieces apart), and the query is searched again term by term ("strict").
import { foldText, type CharFolder } from './fold';
import { parseFoldedQuery, type QueryWord } from './tokens';
import { CONTENT_KINDS, type ContentKind } from '../content-kinds';
import type { SearchTable } from './table';

export interface BackendHit {
  /** Pagefind page id. */
  id: string;
  /** Pagefind's relevance score. */
  score: number;
}

export interface Backend {
  /** One Pagefind search for pages that have all the terms (see the quirk above). */
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
  /** Searched term by term: no term can have been ignored. */
  strict: boolean;
  /** Pages found by their terms whose text turned out not to contain every word. */
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

  /**
   * `termByTerm`: always search several terms one by one. Needed when the index is in shards: a shard that lacks
   * a term ignores it, and its pages (all with the other terms only) can hide behind a right best match.
   */
  constructor(
    private readonly backend: Backend,
    readonly table: SearchTable,
    readonly fold: CharFolder,
    private readonly options: { termByTerm?: boolean } = {},
  ) {}

  /** The words a query is searched as, folded (what excerpts highlight). */
  parse(query: string): { words: QueryWord[]; truncated: boolean } {
    return parseFoldedQuery(foldText(query, this.fold));
  }

  private toMatch(key: string, words: QueryWord[], truncated: boolean, hits: Map<number, number>, strict: boolean): MatchSet {
    const score = new Float64Array(this.table.n);
    for (const [page, s] of hits) score[page] = s;
    return { key, words, truncated, pages: [...hits.keys()], score, strict, excluded: new Set() };
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

  private async lookUp(terms: string[]): Promise<Map<number, number>> {
    const hits = new Map<number, number>();
    for (const h of await this.backend.search(terms)) {
      const i = this.table.indexOf(h.id);
      if (i >= 0) hits.set(i, h.score);
    }
    return hits;
  }

  /** Every page that has all terms of the query, best first. Cached per query. */
  match(query: string): Promise<MatchSet> {
    const { words, truncated } = this.parse(query);
    const key = words.map((w) => w.text).join(' ');
    let hit = this.cache.get(key);
    if (!hit) {
      hit = (async () => {
        const terms = [...new Set(words.flatMap((w) => w.terms))];
        if (terms.length === 0) return this.toMatch(key, words, truncated, new Map(), true);
        // One term cannot be ignored; several are first searched together (fast), see strictMatch.
        if (terms.length > 1 && this.options.termByTerm) return this.toMatch(key, words, truncated, await this.intersect(terms), true);
        return this.toMatch(key, words, truncated, await this.lookUp(terms), terms.length === 1);
      })();
      this.remember(key, hit);
    }
    return hit;
  }

  /** The query searched term by term and intersected: no term can have been ignored. */
  strictMatch(match: MatchSet): Promise<MatchSet> {
    if (match.strict) return Promise.resolve(match);
    const key = match.key;
    const hit = (async () => {
      const terms = [...new Set(match.words.flatMap((w) => w.terms))];
      const strict = this.toMatch(key, match.words, match.truncated, await this.intersect(terms), true);
      for (const p of match.excluded) strict.excluded.add(p);
      return strict;
    })();
    this.remember(key, hit);
    return hit;
  }

  /** The pages that have every term, each term searched on its own (so none can be ignored); scores summed. */
  private async intersect(terms: string[]): Promise<Map<number, number>> {
    const perTerm = await Promise.all(terms.map((t) => this.lookUp([t])));
    perTerm.sort((a, b) => a.size - b.size);
    const hits = new Map<number, number>();
    for (const [page, score] of perTerm[0] ?? []) {
      let total = score;
      let all = true;
      for (let k = 1; k < perTerm.length && all; k++) {
        const s = perTerm[k]!.get(page);
        if (s === undefined) all = false;
        else total += s;
      }
      if (all) hits.set(page, total);
    }
    return hits;
  }

  private remember(key: string, hit: Promise<MatchSet>): void {
    hit.catch(() => this.cache.delete(key));
    this.cache.delete(key);
    this.cache.set(key, hit);
    if (this.cache.size > 100) this.cache.delete(this.cache.keys().next().value!);
  }

  /**
   * The match set and the requested slice, every page of the slice checked against its folded text (unless the
   * terms alone prove the match): pages whose text lacks a word are dropped, and when the best match lacks one,
   * the query is searched again term by term (a term no page has was ignored).
   */
  async verified(
    query: string,
    options: SelectOptions,
    foldedText: (page: number) => Promise<string>,
  ): Promise<{ match: MatchSet; selection: Selection }> {
    let match = await this.match(query);
    for (;;) {
      const selection = this.select(match, options);
      if (match.strict && match.words.every((w) => w.exact)) return { match, selection };
      // Unless searched term by term, the best match tells whether Pagefind ignored a term. Its text is read
      // together with the shown pages' (it is usually one of them), so checking costs no extra round trip.
      const best = match.strict
        ? undefined
        : firstInOrder(
            match.pages.filter((p) => !match.excluded.has(p)),
            1,
            this.order(match, 'relevance'),
          )[0];
      const pages = best === undefined || selection.pages.includes(best) ? selection.pages : [...selection.pages, best];
      const texts = await Promise.all(pages.map(foldedText));
      const has = (p: number) => containsAll(texts[pages.indexOf(p)]!, match.words);
      if (best !== undefined && !has(best)) {
        match = await this.strictMatch(match);
        continue;
      }
      const wrong = selection.pages.filter((p) => !has(p));
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
