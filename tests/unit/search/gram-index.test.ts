import { describe, expect, it } from 'vitest';
import { GramBucket, GramIndexBuilder, bucketOf, gramHash, gramWeight, intersect } from '@/lib/search/gram-index';

/** The grams of folded text, written plainly as the definition the index must follow: every distinct run of 1, 2
 * or 3 characters (code points) between spaces. */
function sectionGrams(folded: string): Set<string> {
  const grams = new Set<string>();
  for (const run of folded.split(' ')) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) for (let n = 1; n <= 3 && i + n <= chars.length; n++) grams.add(chars.slice(i, i + n).join(''));
  }
  return grams;
}

/** A tiny deterministic random generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const CHARS = '关工委五老留守儿童青山镇东塘河口村学校红色教育站𠀀';

function randomTexts(n: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: n }, () => {
    const length = 5 + Math.floor(next() * 60);
    let text = '';
    for (let k = 0; k < length; k++) text += next() < 0.1 ? ' ' : [...CHARS][Math.floor(next() * [...CHARS].length)];
    return text;
  });
}

function buildIndex(texts: string[], bucketBytes: number) {
  const builder = new GramIndexBuilder();
  texts.forEach((text, page) => builder.addPage(page, '', text, 30));
  const built = builder.build(bucketBytes);
  const buckets = built.files.map((f) => new GramBucket(f));
  const postings = (gram: string) => buckets[bucketOf(gram, built.count)]!.postings(gram);
  return { built, postings };
}

describe('search gram index', () => {
  it('lists a page under every gram of its runs, never across a space, characters beyond the BMP whole', () => {
    const texts = ['关工委 关工 五老𠀀村 2025年', '𠀀𠀀𠀀 ai'];
    const { built, postings } = buildIndex(texts, 1_000_000);
    texts.forEach((text, page) => {
      for (const gram of sectionGrams(text)) expect([...(postings(gram)?.pages ?? [])], gram).toContain(page);
    });
    expect(built.grams).toBe(new Set(texts.flatMap((t) => [...sectionGrams(t)])).size);
    expect(postings('委关')).toBeUndefined();
    expect(postings('工委关')).toBeUndefined();
    expect(postings('𠀀𠀀𠀀')?.pages).toEqual(Uint32Array.from([1]));
    expect(postings('老𠀀村')?.pages).toEqual(Uint32Array.from([0]));
  });

  it('lists exactly the pages that have each gram, whatever the number of buckets', () => {
    const texts = randomTexts(300, 7);
    for (const bucketBytes of [100, 2_000, 1_000_000]) {
      const { built, postings } = buildIndex(texts, bucketBytes);
      expect(built.count & (built.count - 1)).toBe(0);
      for (const gram of ['关', '关工', '关工委', '𠀀', '𠀀村', '童青山', '委五']) {
        const expected = texts.flatMap((t, i) => (sectionGrams(t).has(gram) ? [i] : []));
        expect([...(postings(gram)?.pages ?? [])], `${gram} in ${built.count} buckets`).toEqual(expected);
      }
      expect(postings('火星')).toBeUndefined();
    }
  });

  it('lists every gram of every page exactly when there are tens of thousands of them', () => {
    // A wide alphabet (with characters beyond the BMP, whose triples are keyed apart) makes most grams new.
    const alphabet = [...'关工委五老留守儿童青山镇东塘河口村学校红色教育站'].concat(
      Array.from({ length: 300 }, (_, k) => String.fromCodePoint(0x4e00 + 37 * k)),
      ['𠀀', '𠀁', '𪚥'],
    );
    const next = random(11);
    const texts = Array.from({ length: 400 }, () => {
      let text = '';
      for (let k = 0; k < 80; k++) text += next() < 0.08 ? ' ' : alphabet[Math.floor(next() * alphabet.length)];
      return text;
    });
    const { built, postings } = buildIndex(texts, 2_000);
    const grams = texts.map(sectionGrams);
    const all = new Set(grams.flatMap((g) => [...g]));
    expect(all.size).toBeGreaterThan(20_000);
    expect(built.grams).toBe(all.size);
    for (const gram of all) {
      const expected = grams.flatMap((g, i) => (g.has(gram) ? [i] : []));
      expect([...(postings(gram)?.pages ?? [])], gram).toEqual(expected);
    }
  });

  it('spreads a bigger index over more buckets', () => {
    const texts = randomTexts(300, 8);
    expect(buildIndex(texts, 500).built.count).toBeGreaterThan(buildIndex(texts, 50_000).built.count);
    expect(buildIndex(texts, 1).built.count).toBe(4096);
  });

  it('intersects page lists into the pages that have every gram', () => {
    const texts = randomTexts(500, 9);
    const { postings } = buildIndex(texts, 1_000);
    for (const query of [['关工', '五老'], ['留守', '儿童', '校'], ['关工委', '𠀀'], ['关'], ['关', '火星']]) {
      const { pages, scores } = intersect(
        query.map((g) => postings(g)),
        texts.length,
      );
      const expected = texts.flatMap((t, i) => (query.every((g) => sectionGrams(t).has(g)) ? [i] : []));
      expect(pages, query.join(' ')).toEqual(expected);
      expect(scores.every((s) => s > 0)).toBe(true);
    }
    expect(intersect([], 10).pages).toEqual([]);
  });

  it('weighs a title match and repeated mentions higher, and a long page lower', () => {
    expect(gramWeight(true, 1, 500, 500)).toBeGreaterThan(gramWeight(false, 1, 500, 500));
    expect(gramWeight(false, 5, 500, 500)).toBeGreaterThan(gramWeight(false, 1, 500, 500));
    expect(gramWeight(false, 1, 5_000, 500)).toBeLessThan(gramWeight(false, 1, 500, 500));
    for (const w of [gramWeight(true, 10_000, 1, 500), gramWeight(false, 1, 1e9, 1)]) {
      expect(w).toBeGreaterThanOrEqual(1);
      expect(w).toBeLessThanOrEqual(255);
    }
  });

  it('ranks the page with the word in its title first', () => {
    const builder = new GramIndexBuilder();
    builder.addPage(0, '五老', '退休教师和五老一起去走访', 12);
    builder.addPage(1, '五老风采', '退休教师和五老一起去走访', 12);
    const { count, files } = builder.build();
    const { pages, scores } = intersect([new GramBucket(files[bucketOf('五老', count)]!).postings('五老')], 2);
    expect(pages).toEqual([0, 1]);
    expect(scores[0]).toBeGreaterThan(0);
    // Both have it in the title and body; the second's title is not shorter, so they weigh the same.
    expect(scores[1]).toBe(scores[0]);
  });

  it('hashes a gram the same way every time, spreading grams over the buckets', () => {
    expect(gramHash('关工委')).toBe(gramHash('关工委'));
    const used = new Set([...'关工委五老留守儿童青山镇东塘河口村学校红色教育站'].map((c) => bucketOf(c, 8)));
    expect(used.size).toBeGreaterThan(4);
  });

  it('refuses pages added out of order, and a cut-off bucket file', () => {
    const builder = new GramIndexBuilder();
    builder.addPage(3, '', '关', 1);
    expect(() => builder.addPage(2, '', '关', 1)).toThrow(/按序/);
    const file = builder.build().files[0]!;
    expect(() => new GramBucket(file.subarray(0, file.length - 1))).toThrow(/搜索索引/);
    expect(new GramBucket(new Uint8Array(0)).postings('关')).toBeUndefined();
  });
});
