// Same or nearly the same title: the usual sign that one report was entered twice (once from the township's
// Word file, once from its web page). Titles are compared without punctuation and spaces, by character pairs.

/** A title reduced to what identifies it: no punctuation, spaces or full-width variants, lower case. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function bigrams(text: string): Set<string> {
  const chars = [...text];
  const set = new Set<string>();
  for (let i = 0; i < chars.length - 1; i++) set.add(chars[i]! + chars[i + 1]!);
  if (chars.length === 1) set.add(chars[0]!);
  return set;
}

/** Dice similarity of two normalised titles, 0…1. */
export function titleSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

export interface TitledItem {
  key: string;
  title: string;
  /** YYYY-MM-DD, when the item has one: near (not equal) titles only count within `days` of each other. */
  date?: string | undefined;
}

export interface TitleMatch<T extends TitledItem> {
  item: T;
  other: T;
  /** 1 when the titles are the same once punctuation is ignored. */
  similarity: number;
}

const DAY = 86_400_000;

/**
 * Pairs of items whose titles are the same (at any distance in time) or nearly the same (similarity ≥
 * `threshold`, dates within `days`). Each pair is reported once, on the later item. Sorting by date keeps
 * the near comparison to a window, so ten thousand items take milliseconds, not minutes.
 */
export function similarTitles<T extends TitledItem>(items: T[], threshold = 0.8, days = 10): TitleMatch<T>[] {
  const matches: TitleMatch<T>[] = [];
  const prepared = items.map((item) => ({ item, norm: normaliseTitle(item.title), time: item.date ? Date.parse(item.date) : NaN }));
  const byNorm = new Map<string, (typeof prepared)[number]>();
  const exact = new Set<string>();
  for (const p of [...prepared].sort(
    (a, b) => (a.item.date ?? '').localeCompare(b.item.date ?? '') || a.item.key.localeCompare(b.item.key),
  )) {
    if (!p.norm) continue;
    const first = byNorm.get(p.norm);
    if (first) {
      matches.push({ item: p.item, other: first.item, similarity: 1 });
      exact.add(`${first.item.key}\n${p.item.key}`);
    } else byNorm.set(p.norm, p);
  }
  const dated = prepared.filter((p) => Number.isFinite(p.time) && p.norm).sort((a, b) => a.time - b.time);
  const grams = new Map(dated.map((p) => [p, bigrams(p.norm)]));
  for (let i = 0; i < dated.length; i++) {
    const a = dated[i]!;
    for (let j = i + 1; j < dated.length && dated[j]!.time - a.time <= days * DAY; j++) {
      const b = dated[j]!;
      if (a.norm === b.norm) continue;
      const x = grams.get(a)!;
      const y = grams.get(b)!;
      // Dice can't reach the threshold when the sizes differ too much.
      if ((2 * Math.min(x.size, y.size)) / (x.size + y.size) < threshold) continue;
      let shared = 0;
      for (const g of x) if (y.has(g)) shared++;
      const similarity = (2 * shared) / (x.size + y.size);
      if (similarity >= threshold && !exact.has(`${a.item.key}\n${b.item.key}`)) matches.push({ item: b.item, other: a.item, similarity });
    }
  }
  return matches;
}
