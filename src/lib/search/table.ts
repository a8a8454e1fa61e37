// The page table: what the search needs to know about every indexed page to filter, count and sort all
// matches (type, townships, date), keyed by each page's document hash, in a compact binary form the browser loads
// once (about 3 bytes a page after gzip). Plain TypeScript, Node and browser.
//
// Keys: each page is named by a hex hash of its search document. The table keeps the first `keyHex` hex digits of
// each (sorted, delta-encoded) and, only for pages that share those digits with another, the rest of the hash.
//
// Layout (then gzipped as a whole): u32 LE length of the JSON header, the header (UTF-8 JSON), then columns:
// keys (LEB128 deltas), type (u8 per page), township (u8 per page), day (days since 2000-01-01, 0 = no date:
// the high bytes of all pages, then the low bytes, which gzip packs tighter than interleaved u16s).
import { CONTENT_KINDS, type ContentKind } from '../content-kinds';

export interface TableEntry {
  /** Hex hash of the page's search document, e.g. "1a2b3c4d". */
  hash: string;
  type: ContentKind;
  townships: string[];
  /** YYYY-MM-DD or '' for pages without a date (profiles). */
  date: string;
}

export interface TableHeader {
  v: 4;
  /** Number of pages. */
  n: number;
  /** Hex digits of the hash kept as the sorted key. */
  keyHex: number;
  townships: string[];
  /** For keys shared by several pages: entry index → rest of the hash. */
  dups: [number, string][];
  /** Entries with more than one township: entry index → township indexes. */
  multi: [number, number[]][];
  /** Anything else the caller stores with the table (the fold table, where the index is). */
  extra: Record<string, string>;
}

const DAY = 86_400_000;
const EPOCH_DAY = Date.UTC(2000, 0, 1) / DAY;
const NO_TOWNSHIP = 255;
const MANY_TOWNSHIPS = 254;

function dayNumber(date: string): number {
  if (!date) return 0;
  const d = Math.round(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY) - EPOCH_DAY;
  if (d < 1 || d > 65535) throw new Error(`搜索表不支持日期 ${date}（应在 2000-01-02 至 2179 年之间）`);
  return d;
}

export function encodeSearchTable(entries: TableEntry[], extra: Record<string, string> = {}): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  const n = sorted.length;
  // Fewer digits while collisions are rare: about n²/2 / 16^keyHex pages share a key.
  const keyHex = n > 3000 ? 5 : 4;
  const townships = [...new Set(sorted.flatMap((e) => e.townships))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  if (townships.length >= MANY_TOWNSHIPS) throw new Error(`搜索表最多支持 ${MANY_TOWNSHIPS} 个乡镇`);
  const tIndex = new Map(townships.map((t, i) => [t, i]));
  const keys: number[] = [];
  const type = new Uint8Array(n);
  const township = new Uint8Array(n);
  const day = new Uint8Array(n * 2);
  const dups: [number, string][] = [];
  const multi: [number, number[]][] = [];
  let last = 0;
  sorted.forEach((e, i) => {
    const prefix = parseInt(e.hash.slice(0, keyHex), 16);
    let delta = prefix - last;
    last = prefix;
    do {
      const part = delta & 127;
      delta = Math.floor(delta / 128);
      keys.push(part | (delta > 0 ? 128 : 0));
    } while (delta > 0);
    const head = e.hash.slice(0, keyHex);
    if (sorted[i - 1]?.hash.slice(0, keyHex) === head || sorted[i + 1]?.hash.slice(0, keyHex) === head)
      dups.push([i, e.hash.slice(keyHex)]);
    type[i] = Math.max(0, CONTENT_KINDS.indexOf(e.type));
    const ts = e.townships.map((t) => tIndex.get(t)!);
    township[i] = ts.length === 0 ? NO_TOWNSHIP : ts.length === 1 ? ts[0]! : MANY_TOWNSHIPS;
    if (ts.length > 1) multi.push([i, ts]);
    const d = dayNumber(e.date);
    day[i] = d >> 8;
    day[n + i] = d & 255;
  });
  const header: TableHeader = { v: 4, n, keyHex, townships, dups, multi, extra };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(4 + json.length + keys.length + n * 4);
  new DataView(out.buffer).setUint32(0, json.length, true);
  let at = 4;
  for (const part of [json, Uint8Array.from(keys), type, township, day]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A decoded page table: index → attributes, and page id → index. */
export class SearchTable {
  readonly n: number;
  readonly townships: string[];
  readonly extra: Record<string, string>;
  readonly type: Uint8Array;
  /** Days since 1970-01-01, 0 when the page has no date. */
  readonly day: Int32Array;
  /** Calendar year, 0 when the page has no date. */
  readonly yearNumber: Uint16Array;
  private readonly township: Uint8Array;
  private readonly multi: Map<number, number[]>;
  private readonly unique = new Map<number, number>();
  private readonly shared = new Map<string, number>();
  private readonly keyList: string[];
  private readonly keyHex: number;

  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const jsonLength = view.getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + jsonLength))) as TableHeader;
    if (header.v !== 4) throw new Error('搜索表版本不符，请重新构建网站');
    const n = header.n;
    this.n = n;
    this.townships = header.townships;
    this.extra = header.extra;
    this.keyHex = header.keyHex;
    this.multi = new Map(header.multi);
    this.keyList = new Array<string>(n);
    this.day = new Int32Array(n);
    this.yearNumber = new Uint16Array(n);
    const dupRest = new Map(header.dups);
    let pos = 4 + jsonLength;
    let prefix = 0;
    for (let i = 0; i < n; i++) {
      let delta = 0;
      let scale = 1;
      for (;;) {
        const b = bytes[pos++]!;
        delta += (b & 127) * scale;
        scale *= 128;
        if (!(b & 128)) break;
      }
      prefix += delta;
      const hex = prefix.toString(16).padStart(this.keyHex, '0');
      const rest = dupRest.get(i);
      if (rest === undefined) {
        this.unique.set(prefix, i);
        this.keyList[i] = hex;
      } else {
        this.shared.set(hex + rest, i);
        this.keyList[i] = hex + rest;
      }
    }
    this.type = bytes.slice(pos, pos + n);
    this.township = bytes.slice(pos + n, pos + 2 * n);
    const dayAt = pos + 2 * n;
    for (let i = 0; i < n; i++) {
      const d = (bytes[dayAt + i]! << 8) | bytes[dayAt + n + i]!;
      if (d) {
        this.day[i] = d + EPOCH_DAY;
        this.yearNumber[i] = new Date((d + EPOCH_DAY) * DAY).getUTCFullYear();
      }
    }
  }

  /** Table index of a page's full hash, or -1. */
  indexOf(hash: string): number {
    return this.shared.get(hash) ?? this.unique.get(parseInt(hash.slice(0, this.keyHex), 16)) ?? -1;
  }

  /** The shortest form of the page's hash that names it uniquely (documents are stored under it). */
  key(i: number): string {
    return this.keyList[i] ?? '';
  }

  kind(i: number): ContentKind {
    return CONTENT_KINDS[this.type[i]!] ?? 'news';
  }

  /** Township index of a page with exactly one (the common case), -1 for none, -2 for several. */
  singleTownship(i: number): number {
    const t = this.township[i]!;
    return t === NO_TOWNSHIP ? -1 : t === MANY_TOWNSHIPS ? -2 : t;
  }

  townshipIndexes(i: number): number[] {
    const t = this.township[i]!;
    if (t === NO_TOWNSHIP) return [];
    if (t === MANY_TOWNSHIPS) return this.multi.get(i) ?? [];
    return [t];
  }

  date(i: number): string {
    return this.day[i] ? new Date(this.day[i]! * DAY).toISOString().slice(0, 10) : '';
  }

  year(i: number): string {
    return this.yearNumber[i] ? String(this.yearNumber[i]) : '';
  }
}
