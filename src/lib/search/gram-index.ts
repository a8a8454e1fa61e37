// The search index: for every gram (src/lib/search/tokens.ts), the pages that have it and a weight per page.
// Plain TypeScript for Node (the indexer writes it) and the browser (search/api.js reads it).
//
// The grams are spread over `count` bucket files by a hash of the gram, so a search fetches one small file per
// gram it looks up, never the whole index. A bucket file (gzipped by the indexer):
//   varint T, then T grams (varint number of code points, then each code point as a varint),
//   then per gram: varint postings n and varint byte length of its page list,
//   then per gram: its page list (table indexes, ascending, as varint gaps) followed by its n weight bytes.
// A weight (1–255) is the page's BM25 term-frequency part for the gram plus a boost when the title has it, so
// a search needs only the weights and each gram's page count to rank pages.

/** 32-bit FNV-1a over UTF-16 code units: the same bucket for a gram in Node and in every browser. */
export function gramHash(gram: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The bucket a gram is in, for a power-of-two bucket count. */
export function bucketOf(gram: string, count: number): number {
  return gramHash(gram) & (count - 1);
}

const K1 = 1.2;
const B = 0.75;
/** A title that has the gram counts as much as this many body occurrences at saturation. */
const TITLE_BOOST = 1.5;
const MAX_WEIGHT = K1 + 1 + TITLE_BOOST;

/** The weight byte of a gram on one page: how often its body has it (length-normalised) and whether its title does. */
export function gramWeight(inTitle: boolean, bodyCount: number, bodyLength: number, averageLength: number): number {
  const norm = K1 * (1 - B + (B * bodyLength) / Math.max(1, averageLength));
  const tf = bodyCount > 0 ? (bodyCount * (K1 + 1)) / (bodyCount + norm) : 0;
  const w = tf + (inTitle ? TITLE_BOOST : 0);
  return Math.max(1, Math.min(255, Math.round((w / MAX_WEIGHT) * 255)));
}

/** How telling a gram is that `df` of the site's `n` pages have (BM25's idf, never negative). */
export function inverseFrequency(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * A gram as a number, so that counting millions of them makes no strings: a character is its code point
 * (< 2^21), a pair 2^50 + c1·2^21 + c2, a triple of Basic Multilingual Plane characters 2^52 + c1·2^32 +
 * c2·2^16 + c3. A triple with a character beyond that plane (rare) stays a string.
 */
type GramKey = number | string;
const PAIR = 2 ** 50;
const TRIPLE = 2 ** 52;
const CHAR = 2 ** 21;

/** The gram a key stands for. */
function gramText(key: GramKey): string {
  if (typeof key === 'string') return key;
  if (key < CHAR) return String.fromCodePoint(key);
  if (key < TRIPLE) {
    const r = key - PAIR;
    return String.fromCodePoint(Math.floor(r / CHAR), r % CHAR);
  }
  const r = key - TRIPLE;
  return String.fromCharCode(Math.floor(r / 2 ** 32), Math.floor(r / 2 ** 16) % 2 ** 16, r % 2 ** 16);
}

/** The number of characters of folded text, spaces not counted (what a weight's length normalisation uses). */
export function textLength(folded: string): number {
  let n = 0;
  for (const c of folded) if (c !== ' ') n++;
  return n;
}

/**
 * Gram key → id, an open-addressing table over the numeric keys (a Map keyed by numbers above 2^31 hashes
 * boxed doubles; this was a third of the index time). The rare string keys go to a Map.
 */
class GramIds {
  private keys = new Float64Array(1 << 12).fill(-1);
  private values = new Int32Array(1 << 12);
  private size = 0;
  private readonly strings = new Map<string, number>();

  private static slot(key: number, mask: number): number {
    const lo = key >>> 0;
    const hi = (key - lo) / 2 ** 32;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    return h & mask;
  }

  get(key: GramKey): number | undefined {
    if (typeof key === 'string') return this.strings.get(key);
    const mask = this.keys.length - 1;
    for (let i = GramIds.slot(key, mask); ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i];
      if (k === -1) return undefined;
    }
  }

  /** Adds a key not in the table. */
  set(key: GramKey, value: number): void {
    if (typeof key === 'string') {
      this.strings.set(key, value);
      return;
    }
    if (++this.size * 2 > this.keys.length) this.grow();
    this.place(key, value);
  }

  private place(key: number, value: number): void {
    const mask = this.keys.length - 1;
    let i = GramIds.slot(key, mask);
    while (this.keys[i] !== -1) i = (i + 1) & mask;
    this.keys[i] = key;
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.place(keys[i]!, values[i]!);
  }
}

/** Calls `visit` with every gram of folded text (runs end at spaces), in order; returns its number of characters. */
function forEachGram(folded: string, visit: (key: GramKey) => void): number {
  let a = -1;
  let b = -1;
  let chars = 0;
  for (let i = 0; i < folded.length;) {
    const c = folded.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (c === 32) {
      a = b = -1;
      continue;
    }
    chars++;
    visit(c);
    if (b >= 0) visit(PAIR + b * CHAR + c);
    if (a >= 0) visit(a <= 0xffff && b <= 0xffff && c <= 0xffff ? TRIPLE + a * 2 ** 32 + b * 2 ** 16 + c : String.fromCodePoint(a, b, c));
    a = b;
    b = c;
  }
  return chars;
}

class ByteWriter {
  private buf = new Uint8Array(1024);
  length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  varint(value: number): void {
    this.room(5);
    let v = value;
    while (v >= 128) {
      this.buf[this.length++] = (v & 127) | 128;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }

  bytes(data: Uint8Array): void {
    this.room(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** A growable Uint32Array. */
class U32List {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export interface GramIndexFiles {
  /** Number of buckets (a power of two); files[b] is bucket b, not yet gzipped. */
  count: number;
  files: Uint8Array[];
  grams: number;
  postings: number;
}

/**
 * Collects pages' grams and writes the bucket files. Pages are added in ascending table index order, each once,
 * so every gram's page list comes out ascending.
 */
export class GramIndexBuilder {
  private readonly ids = new GramIds();
  private readonly grams: GramKey[] = [];
  private readonly gramOf = new U32List();
  private readonly pageOf = new U32List();
  private weights = new Uint8Array(1 << 16);
  private lastPage = -1;
  /** Per gram id: its count in the page being added, and the page (+1) whose title last had it. */
  private bodyCount = new Uint32Array(1 << 16);
  private titleStamp = new Uint32Array(1 << 16);
  private readonly bodyGrams: number[] = [];
  private readonly titleGrams: number[] = [];

  /**
   * Lists a page under every gram of its folded title and body (every run of 1–3 characters between spaces), each
   * with its weight. `averageLength` is the site's average body length in characters.
   */
  addPage(page: number, title: string, body: string, averageLength: number): void {
    if (page <= this.lastPage) throw new Error(`搜索索引：页面须按序加入（${page} 在 ${this.lastPage} 之后）`);
    this.lastPage = page;
    // Counted by gram id in reused arrays (no per-page maps); postings go out in the order the grams first
    // appear, the body's first, then the grams only the title has.
    const seen = this.bodyGrams;
    seen.length = 0;
    const bodyLength = forEachGram(body, (key) => {
      const id = this.idOf(key);
      if (this.bodyCount[id] === 0) seen.push(id);
      this.bodyCount[id]!++;
    });
    const titleOnly = this.titleGrams;
    titleOnly.length = 0;
    const stamp = page + 1;
    forEachGram(title, (key) => {
      const id = this.idOf(key);
      if (this.titleStamp[id] === stamp) return;
      this.titleStamp[id] = stamp;
      if (this.bodyCount[id] === 0) titleOnly.push(id);
    });
    for (const id of seen) {
      this.push(id, page, gramWeight(this.titleStamp[id] === stamp, this.bodyCount[id]!, bodyLength, averageLength));
      this.bodyCount[id] = 0;
    }
    for (const id of titleOnly) this.push(id, page, gramWeight(true, 0, bodyLength, averageLength));
  }

  /** The gram's id, a new one for a gram not seen before. */
  private idOf(key: GramKey): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.grams.length;
      this.ids.set(key, id);
      this.grams.push(key);
      if (id === this.bodyCount.length) {
        const count = new Uint32Array(id * 2);
        count.set(this.bodyCount);
        this.bodyCount = count;
        const stamp = new Uint32Array(id * 2);
        stamp.set(this.titleStamp);
        this.titleStamp = stamp;
      }
    }
    return id;
  }

  private push(id: number, page: number, weight: number): void {
    const at = this.pageOf.length;
    if (at === this.weights.length) {
      const next = new Uint8Array(this.weights.length * 2);
      next.set(this.weights);
      this.weights = next;
    }
    this.gramOf.push(id);
    this.pageOf.push(page);
    this.weights[at] = weight;
  }

  /** The bucket files, with about `bucketBytes` bytes per bucket before gzip (at most `maxBuckets` buckets). */
  build(bucketBytes = 12_000, maxBuckets = 4096): GramIndexFiles {
    const grams = this.grams.length;
    const postings = this.pageOf.length;
    // Postings grouped by gram, each group in page order (a stable counting sort).
    const start = new Uint32Array(grams + 1);
    for (let i = 0; i < postings; i++) start[this.gramOf.data[i]! + 1]!++;
    for (let g = 0; g < grams; g++) start[g + 1]! += start[g]!;
    const fill = start.slice(0, grams);
    const pages = new Uint32Array(postings);
    const weights = new Uint8Array(postings);
    for (let i = 0; i < postings; i++) {
      const g = this.gramOf.data[i]!;
      const at = fill[g]!++;
      pages[at] = this.pageOf.data[i]!;
      weights[at] = this.weights[i]!;
    }
    const estimate = postings * 2 + grams * 8;
    let count = 1;
    while (count < maxBuckets && count * bucketBytes < estimate) count *= 2;
    const members: number[][] = Array.from({ length: count }, () => []);
    const text = this.grams.map(gramText);
    for (let g = 0; g < grams; g++) members[bucketOf(text[g]!, count)]!.push(g);
    const files = members.map((ids) => {
      const head = new ByteWriter();
      const body = new ByteWriter();
      head.varint(ids.length);
      for (const g of ids) {
        const chars = [...text[g]!];
        head.varint(chars.length);
        for (const c of chars) head.varint(c.codePointAt(0)!);
      }
      for (const g of ids) {
        const before = body.length;
        let last = 0;
        for (let i = start[g]!; i < start[g + 1]!; i++) {
          body.varint(pages[i]! - last);
          last = pages[i]!;
        }
        head.varint(start[g + 1]! - start[g]!);
        head.varint(body.length - before);
        body.bytes(weights.subarray(start[g]!, start[g + 1]!));
      }
      head.bytes(body.result());
      return head.result();
    });
    return { count, files, grams, postings };
  }
}

export interface Postings {
  /** Table indexes, ascending. */
  pages: Uint32Array;
  weights: Uint8Array;
}

/** One bucket file, read: its grams' page lists, decoded when first asked for. */
export class GramBucket {
  private readonly entries = new Map<string, { n: number; at: number; bytes: number }>();
  private readonly decoded = new Map<string, Postings>();

  constructor(private readonly data: Uint8Array) {
    if (data.length === 0) return;
    const cursor = { pos: 0 };
    const t = this.varint(cursor);
    const grams: string[] = [];
    for (let k = 0; k < t; k++) {
      const chars = this.varint(cursor);
      let gram = '';
      for (let c = 0; c < chars; c++) gram += String.fromCodePoint(this.varint(cursor));
      grams.push(gram);
    }
    const sizes = grams.map(() => ({ n: this.varint(cursor), bytes: this.varint(cursor) }));
    let at = cursor.pos;
    grams.forEach((gram, k) => {
      const { n, bytes } = sizes[k]!;
      this.entries.set(gram, { n, at, bytes });
      at += bytes + n;
    });
    if (at !== data.length) throw new Error('搜索索引文件损坏，请重新构建网站');
  }

  /** One unsigned LEB128 number at the cursor, which moves past it. */
  private varint(cursor: { pos: number }): number {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = this.data[cursor.pos++];
      if (b === undefined) throw new Error('搜索索引文件不完整，请重新构建网站');
      v += (b & 127) * 2 ** shift;
      if (!(b & 128)) return v;
      shift += 7;
    }
  }

  /** How many pages have the gram (0 when none). */
  pageCount(gram: string): number {
    return this.entries.get(gram)?.n ?? 0;
  }

  postings(gram: string): Postings | undefined {
    const hit = this.decoded.get(gram);
    if (hit) return hit;
    const entry = this.entries.get(gram);
    if (!entry) return undefined;
    const pages = new Uint32Array(entry.n);
    const cursor = { pos: entry.at };
    let last = 0;
    for (let i = 0; i < entry.n; i++) {
      last += this.varint(cursor);
      pages[i] = last;
    }
    const result = { pages, weights: this.data.subarray(entry.at + entry.bytes, entry.at + entry.bytes + entry.n) };
    this.decoded.set(gram, result);
    return result;
  }
}

/**
 * The pages that have every gram, each with its score (the sum over the grams of idf × weight), in page order.
 * A gram no page has (undefined) means no page matches.
 */
export function intersect(lists: readonly (Postings | undefined)[], n: number): { pages: number[]; scores: number[] } {
  const result = { pages: [] as number[], scores: [] as number[] };
  if (lists.length === 0 || lists.some((l) => !l || l.pages.length === 0)) return result;
  const sorted = [...(lists as Postings[])].sort((a, b) => a.pages.length - b.pages.length);
  const idf = sorted.map((l) => inverseFrequency(l.pages.length, n) / 255);
  const cursor = new Array<number>(sorted.length).fill(0);
  const first = sorted[0]!;
  outer: for (let i = 0; i < first.pages.length; i++) {
    const page = first.pages[i]!;
    let score = idf[0]! * first.weights[i]!;
    for (let k = 1; k < sorted.length; k++) {
      const list = sorted[k]!.pages;
      let c = cursor[k]!;
      // Gallop, then halve: a long list is skipped through in a few steps.
      let step = 1;
      while (c + step < list.length && list[c + step]! < page) {
        c += step;
        step *= 2;
      }
      let hi = Math.min(c + step, list.length);
      while (c < hi) {
        const mid = (c + hi) >> 1;
        if (list[mid]! < page) c = mid + 1;
        else hi = mid;
      }
      cursor[k] = c;
      if (c === list.length) break outer;
      if (list[c] !== page) continue outer;
      score += idf[k]! * sorted[k]!.weights[c]!;
    }
    result.pages.push(page);
    result.scores.push(score);
  }
  return result;
}
