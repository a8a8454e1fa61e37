import { describe, expect, it } from 'vitest';
import { SearchEngine, containsAll, firstInOrder, type Backend, type BackendHit } from '@/lib/search/engine';
import { GramBucket, GramIndexBuilder, bucketOf, intersect } from '@/lib/search/gram-index';
import { foldText, makeCharFolder } from '@/lib/search/fold';
import { openccFoldTable } from '@/lib/search/fold-table';
import { encodeSearchTable, SearchTable, type TableEntry } from '@/lib/search/table';

const fold = makeCharFolder(openccFoldTable());

interface Page extends Omit<TableEntry, 'hash'> {
  title: string;
  body: string;
}

const PAGES: Page[] = [
  { title: '东塘镇走访留守儿童', body: '镇关工委和五老走访荷花村留守儿童。', type: 'news', townships: ['东塘镇'], date: '2025-11-03' },
  { title: '李秀英', body: '退休教师李秀英在荷花村办假日学校，照看留守兒童。', type: 'people', townships: ['东塘镇'], date: '' },
  { title: '河口镇红军桥红色教育', body: '五老在紅軍橋给孩子讲长征故事。', type: 'stories', townships: ['河口镇'], date: '2024-05-10' },
  {
    title: '校外教育辅导站开学',
    body: '城关镇校外教育辅导站迎来寒假。留守 儿童活动。',
    type: 'news',
    townships: ['城关镇'],
    date: '2026-01-20',
  },
  {
    title: '《关工动态》2025年第11期',
    body: '本期关注留守儿童和防溺水。',
    type: 'bulletins',
    townships: ['东塘镇', '河口镇'],
    date: '2025-11-30',
  },
];

/** The real index, built in memory over the pages (listed by their table index) and read back through its buckets. */
function memoryBackend(pagesByIndex: { title: string; body: string }[]): Backend & { calls: string[][] } {
  const builder = new GramIndexBuilder();
  pagesByIndex.forEach(({ title, body }, i) => builder.addPage(i, title, body, 20));
  const { count, files } = builder.build(200);
  const buckets = files.map((f) => new GramBucket(f));
  const calls: string[][] = [];
  return {
    calls,
    async search(terms: string[]): Promise<BackendHit[]> {
      calls.push(terms);
      const { pages, scores } = intersect(
        terms.map((t) => buckets[bucketOf(t, count)]!.postings(t)),
        pagesByIndex.length,
      );
      return pages.map((page, k) => ({ page, score: scores[k]! }));
    },
  };
}

const hashOf = (i: number) => `${(i * 7919 + 4096).toString(16).padStart(4, '0')}abc`;

function setup() {
  const texts = PAGES.map((p) => `${foldText(p.title, fold)} ${foldText(p.body, fold)}`);
  const table = new SearchTable(
    encodeSearchTable(PAGES.map((p, i) => ({ hash: hashOf(i), type: p.type, townships: p.townships, date: p.date }))),
  );
  const pageOf = (tableIndex: number) => PAGES.findIndex((_, i) => table.indexOf(hashOf(i)) === tableIndex);
  const backend = memoryBackend(
    Array.from({ length: table.n }, (_, t) => ({
      title: foldText(PAGES[pageOf(t)]!.title, fold),
      body: foldText(PAGES[pageOf(t)]!.body, fold),
    })),
  );
  const engine = new SearchEngine(backend, table, fold);
  const titlesOf = (pages: number[]) => pages.map((i) => PAGES[pageOf(i)]!.title);
  const textOf = async (tableIndex: number) => texts[pageOf(tableIndex)]!;
  return { engine, backend, table, titlesOf, textOf };
}

describe('search engine: matching', () => {
  it('finds the pages that contain the query, in Simplified or Traditional', async () => {
    const { engine, titlesOf } = setup();
    const simplified = await engine.match('留守儿童');
    const traditional = await engine.match('留守兒童');
    expect(titlesOf(simplified.pages).sort()).toEqual(['《关工动态》2025年第11期', '东塘镇走访留守儿童', '李秀英'].sort());
    expect(titlesOf(traditional.pages).sort()).toEqual(titlesOf(simplified.pages).sort());
    expect(titlesOf((await engine.match('紅軍橋')).pages)).toEqual(['河口镇红军桥红色教育']);
  });

  it('ranks a match in the title first', async () => {
    const { engine, titlesOf } = setup();
    expect(titlesOf(engine.ranked(await engine.match('李秀英')))[0]).toBe('李秀英');
  });

  it('needs every word of a several-word query', async () => {
    const { engine, titlesOf } = setup();
    expect(titlesOf((await engine.match('荷花村 假日学校')).pages)).toEqual(['李秀英']);
  });

  it('looks up the grams of all words in one index search', async () => {
    const { engine, backend } = setup();
    await engine.match('留守儿童 荷花村');
    expect(backend.calls).toHaveLength(1);
  });
});

describe('search engine: verification against the page text', () => {
  it('defines a match as "the folded text contains every word"', () => {
    const words = setup().engine.parse('留守兒童 荷花').words;
    expect(containsAll('李秀英 荷花村留守儿童', words)).toBe(true);
    expect(containsAll('留守 儿童 荷花村', words)).toBe(false);
  });

  it('drops a page that has the pieces of a long word apart (留守 … 儿童 is not 留守儿童)', async () => {
    const { engine, titlesOf, textOf } = setup();
    // Page 4 has 留守 and 儿童 in separate runs only: it has no trigram of 留守儿童, so it is not even a candidate.
    const { selection } = await engine.verified('留守儿童', {}, textOf);
    expect(titlesOf(selection.pages)).not.toContain('校外教育辅导站开学');
    expect(selection.total).toBe(3);
  });

  it('finds nothing when one word of the query is nowhere', async () => {
    const { engine, textOf } = setup();
    expect((await engine.match('李秀英 火星探测')).pages).toEqual([]);
    const { selection } = await engine.verified('李秀英 火星探测', {}, textOf);
    expect(selection.total).toBe(0);
  });

  it('reads the shown pages in one round, not one after the other', async () => {
    const { engine, textOf } = setup();
    let pending = 0;
    let rounds = 0;
    const { selection } = await engine.verified('留守儿童', { limit: 2 }, async (p) => {
      if (pending++ === 0) rounds++;
      await new Promise((ok) => setTimeout(ok, 5));
      pending--;
      return textOf(p);
    });
    expect(selection.total).toBe(3);
    expect(rounds).toBe(1);
  });

  it('trusts short words without reading any page text', async () => {
    const { engine, table } = setup();
    let reads = 0;
    const { selection } = await engine.verified('荷花', {}, async () => {
      reads++;
      return '';
    });
    expect(selection.total).toBe(2);
    expect(reads).toBe(0);
    void table;
  });
});

describe('search engine: filters, counts, sorting and paging', () => {
  it('counts every filter value with the other filters applied', async () => {
    const { engine } = setup();
    const match = await engine.match('留守儿童');
    const all = engine.select(match);
    expect(all.total).toBe(3);
    expect(all.facets.type).toEqual({ news: 1, people: 1, bulletins: 1 });
    expect(all.facets.township).toEqual({ 东塘镇: 3, 河口镇: 1 });
    expect(all.facets.year).toEqual({ '2025': 2 });
    const news = engine.select(match, { filters: { type: '新闻' } });
    expect(news.total).toBe(1);
    // The type counts ignore the type filter, so the reader sees the other types to switch to.
    expect(news.facets.type).toEqual(all.facets.type);
    expect(news.facets.township).toEqual({ 东塘镇: 1 });
  });

  it('combines filters: any of the values within one filter, all filters together', async () => {
    const { engine } = setup();
    const match = await engine.match('五老');
    expect(engine.select(match, { filters: { township: ['河口镇', '东塘镇'] } }).total).toBe(2);
    expect(engine.select(match, { filters: { township: '河口镇', year: 2024 } }).total).toBe(1);
    expect(engine.select(match, { filters: { township: '河口镇', year: '2025' } }).total).toBe(0);
  });

  it('sorts newest first with undated profiles last, and pages through the results', async () => {
    const { engine, titlesOf } = setup();
    const match = await engine.match('留守儿童');
    expect(titlesOf(engine.select(match, { sort: 'newest' }).pages)).toEqual(['《关工动态》2025年第11期', '东塘镇走访留守儿童', '李秀英']);
    expect(titlesOf(engine.select(match, { sort: 'newest', offset: 1, limit: 1 }).pages)).toEqual(['东塘镇走访留守儿童']);
    expect(engine.select(match, { sort: 'newest', offset: 1, limit: 1 }).total).toBe(3);
  });
});

describe('search engine: paging options from other callers', () => {
  it('treats a missing or non-numeric offset or limit as the default, never as "everything"', async () => {
    const { engine } = setup();
    const match = await engine.match('留守儿童');
    const normal = engine.select(match);
    for (const bad of [Number.NaN, undefined, Number('x')]) {
      expect(engine.select(match, { offset: bad, limit: 1 }).pages).toEqual(normal.pages.slice(0, 1));
      expect(engine.select(match, { limit: bad }).pages).toEqual(normal.pages);
    }
    expect(engine.select(match, { limit: 1 }).pages).toHaveLength(1);
    expect(engine.select(match, { offset: -3, limit: 2.7 }).pages).toEqual(normal.pages.slice(0, 2));
  });
});

describe('search engine: the first results in order', () => {
  it('gives the same first k as sorting everything, for any k, with ties broken the same way', () => {
    const items = Array.from({ length: 500 }, (_, i) => (i * 7919) % 500);
    const weight = (x: number) => (x * 31) % 17;
    const compare = (a: number, b: number) => weight(b) - weight(a) || a - b;
    const sorted = [...items].sort(compare);
    for (const k of [0, 1, 2, 10, 20, 61, 62, 63, 499, 500, 600]) expect(firstInOrder(items, k, compare)).toEqual(sorted.slice(0, k));
  });
});
