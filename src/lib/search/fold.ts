// Search folding: the one definition of "the same text" shared by the indexer, the query, the benchmark's
// truth and the excerpt highlighter. Plain TypeScript that runs in Node and in the browser.
//
// Each character of the input is folded on its own, so that every folded character can be traced back to
// the characters it came from (for <mark> in excerpts):
//   1. Unicode NFKC: full-width letters, digits and spaces become half-width (Ａ１　→ A1 ), compatibility
//      ideographs become the unified ones, circled numbers become digits.
//   2. Lower case (Latin, Greek, Cyrillic).
//   3. Traditional → Simplified through a per-character table built from OpenCC (see search-fold-table.ts),
//      e.g. 兒 → 儿, 關 → 关, 臺 → 台.
//   4. What is not a letter, a digit or a combining mark (punctuation, symbols, spaces, control characters,
//      the U+FFFD of badly decoded text) is a separator: searching ignores punctuation, and a query's
//      words are matched inside the runs of text between separators.

/** Code point → replacement, applied after NFKC and lower-casing. Only characters that change are listed. */
export type FoldTable = ReadonlyMap<number, string>;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** One character (a code point, as a string) folded: '' for a separator, else one or more word characters. */
export type CharFolder = (ch: string) => string;

/** A folder with a per-code-point cache (the same few thousand characters recur across a site). */
export function makeCharFolder(table: FoldTable): CharFolder {
  const cache = new Map<string, string>();
  return (ch: string): string => {
    const hit = cache.get(ch);
    if (hit !== undefined) return hit;
    let out = '';
    const cp = ch.codePointAt(0) ?? 0;
    // Fast path: ASCII and the main CJK block are unchanged by NFKC.
    const normalised = cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff) ? ch : ch.normalize('NFKC');
    for (const c of normalised.toLowerCase()) {
      const mapped = table.get(c.codePointAt(0) ?? 0) ?? c;
      for (const m of mapped)
        if (WORD_CHAR.test(m)) out += m;
        else out += ' ';
    }
    // A character that folds to separators only is a separator; inner separators (rare: "㈠" → "(一)") stay.
    out = out.trim() === '' ? '' : out.replace(/ +/g, ' ').trim();
    cache.set(ch, out);
    return out;
  };
}

export interface FoldedText {
  /** Folded text: runs of word characters separated by single spaces, no leading or trailing space. */
  text: string;
  /** For each UTF-16 unit of `text`, the UTF-16 index in the original where its source character starts. */
  from: number[];
  /** For each UTF-16 unit of `text`, the UTF-16 index in the original just after its source character. */
  to: number[];
}

/** Folds text and keeps, for every folded unit, where it came from in the original. */
export function foldAligned(original: string, fold: CharFolder): FoldedText {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let pendingSpace = false;
  let i = 0;
  for (const ch of original) {
    const start = i;
    i += ch.length;
    const f = fold(ch);
    if (f === '') {
      if (text.length > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      from.push(start);
      to.push(start);
      pendingSpace = false;
    }
    for (let k = 0; k < f.length; k++) {
      from.push(start);
      to.push(i);
    }
    text += f;
  }
  return { text, from, to };
}

/** Folds text for indexing or comparison: word runs separated by single spaces. */
export function foldText(original: string, fold: CharFolder): string {
  let text = '';
  let pendingSpace = false;
  for (const ch of original) {
    const f = fold(ch);
    if (f === '') {
      if (text.length > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      pendingSpace = false;
    }
    text += f;
  }
  return text;
}

/** Serialises a fold table compactly for the browser: "k1v1\u0001k2v2…" with each key one code point. */
export function serialiseFoldTable(table: FoldTable): string {
  return [...table].map(([k, v]) => String.fromCodePoint(k) + v).join('\u0001');
}

export function parseFoldTable(serialised: string): FoldTable {
  const table = new Map<number, string>();
  if (!serialised) return table;
  for (const entry of serialised.split('\u0001')) {
    const key = entry.codePointAt(0);
    if (key === undefined) continue;
    table.set(key, entry.slice(key > 0xffff ? 2 : 1));
  }
  return table;
}
