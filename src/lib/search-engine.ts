// The search itself, independent of the browser: query → words → Pagefind terms → the pages that have every
// term → filters, counts per filter value, ranking, paging. The browser module (src/scripts/search-api.ts)
// gives it Pagefind; unit tests give it a fake.
//
// Pagefind quirk handled here: a search for several terms quietly ignores a term that no page has, instead
// of finding nothing. One look at the best match tells: if its text lacks a query word, a term was ignored (or
// the page only has the word's pieces apart), and the query is searched again term by term ("strict").
import { foldText, type CharFolder } from './search-fold';
import { parseFoldedQuery, type QueryWord } from './search-tokens';
import { KIND_ORDER, type SearchTable, type TableKind } from './search-table';

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
  /** Table indexes of the matching pages, best first. */
  pages: number[];
  scores: number[];
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

export const TYPE_LABELS: Record<TableKind, string> = {
  news: '新闻',
  people: '五老典型',
  stories: '活动纪实',
  bulletins: '《关工动态》',
};

const TYPE_ALIASES = new Map<string, TableKind>([
  ...KIND_ORDER.map((k) => [k, k] as [string, TableKind]),
  ['新闻', 'news'], ['工作动态', 'news'], ['五老典型', 'people'], ['五老风采', 'people'], ['活动纪实', 'stories'],
  ['关工动态', 'bulletins'], ['《关工动态》', 'bulletins'],
]);

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
    const entries = [...hits];
    const day = this.table.day;
    entries.sort((a, b) => b[1] - a[1] || day[b[0]]! - day[a[0]]! || a[0] - b[0]);
    return { key, words, truncated, pages: entries.map((e) => e[0]), scores: entries.map((e) => e[1]), strict, excluded: new Set() };
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
  async verified(query: string, options: SelectOptions, foldedText: (page: number) => Promise<string>): Promise<{ match: MatchSet; selection: Selection }> {
    let match = await this.match(query);
    if (!match.strict) {
      const best = match.pages.find((p) => !match.excluded.has(p));
      if (best !== undefined && !containsAll(await foldedText(best), match.words)) match = await this.strictMatch(match);
    }
    const proven = match.strict && match.words.every((w) => w.exact);
    for (;;) {
      const selection = this.select(match, options);
      if (proven) return { match, selection };
      const texts = await Promise.all(selection.pages.map(foldedText));
      const wrong = selection.pages.filter((_, k) => !containsAll(texts[k]!, match.words));
      if (wrong.length === 0) return { match, selection };
      for (const p of wrong) match.excluded.add(p);
    }
  }

  /** Applies filters, counts every filter value (with the other filters applied), sorts and cuts a slice. */
  select(match: MatchSet, options: SelectOptions = {}): Selection {
    const { table } = this;
    const types = new Set(list(options.filters?.type).map((t) => KIND_ORDER.indexOf(TYPE_ALIASES.get(t) ?? (t as TableKind))));
    const townshipIdx = new Set(list(options.filters?.township).map((t) => table.townships.indexOf(t)));
    const years = new Set(list(options.filters?.year).map(Number));
    const typeCount = new Array<number>(KIND_ORDER.length).fill(0);
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
    typeCount.forEach((c, k) => c && (facets.type[KIND_ORDER[k]!] = c));
    townshipCount.forEach((c, k) => c && (facets.township[table.townships[k]!] = c));
    for (const [y, c] of [...yearCount].sort((a, b) => b[0] - a[0])) facets.year[String(y)] = c;
    const sort = options.sort ?? 'relevance';
    const day = table.day;
    // `kept` is already in relevance order; a stable sort keeps it as the tie-break.
    if (sort === 'newest') kept.sort((a, b) => day[b]! - day[a]!);
    else if (sort === 'oldest') kept.sort((a, b) => (day[a]! || Infinity) - (day[b]! || Infinity));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const limit = Math.max(0, Math.floor(options.limit ?? 20));
    return { total: kept.length, pages: kept.slice(offset, offset + limit), facets };
  }
}
