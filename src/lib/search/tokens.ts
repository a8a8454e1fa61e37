// The query parser: a query's words and the grams (src/lib/search/gram-index.ts) to look up for each.
//
// Word segmentation cannot give "the page contains what the reader typed": a query cut into words differently
// from the page is not found. So the index lists every page under every gram of its folded text: each distinct
// run of 1, 2 or 3 characters inside a run of folded text (runs are separated by spaces and punctuation, so no
// gram spans them).
//
// A query word of 1, 2 or 3 characters is one gram, and the pages listed under it are exactly the pages that
// contain the word. A longer word becomes all its trigrams, so a page that has them all but not the word is rare
// (it must hold overlapping pieces in separate places: on the 10,000-item benchmark county, none did, where the
// trigrams at every second offset let 2025年 count 1,657 pages for 1,345). The search checks the pages it shows
// against their text.

/** Longer query words are cut to this many characters. */
export const MAX_WORD_CHARS = 24;
/** At most this many words per query. */
export const MAX_WORDS = 6;
/** The longest gram the index lists. */
export const MAX_GRAM = 3;

export interface QueryWord {
  /** The folded word, as matched against folded text. */
  text: string;
  /** Number of characters (code points). */
  length: number;
  /** The grams that a page must all have. */
  terms: string[];
  /** True when having the grams implies containing the word (1–3 characters). */
  exact: boolean;
}

/** The grams to look up for one folded word. */
export function wordQuery(word: string): QueryWord {
  const chars = [...word];
  const length = chars.length;
  if (length <= MAX_GRAM) return { text: word, length, terms: [word], exact: true };
  const terms = new Set<string>();
  for (let i = 0; i + MAX_GRAM <= length; i++) terms.add(chars.slice(i, i + MAX_GRAM).join(''));
  return { text: word, length, terms: [...terms], exact: false };
}

export interface ParsedQuery {
  words: QueryWord[];
  /** True when words were dropped or cut because of the limits. */
  truncated: boolean;
}

/**
 * Folded query → words (split at spaces and punctuation, as the page text is). Duplicate words and words
 * contained in another word are dropped (a page containing 留守儿童 contains 留守).
 */
export function parseFoldedQuery(folded: string): ParsedQuery {
  let truncated = false;
  let words = folded
    .split(' ')
    .filter(Boolean)
    .map((w) => {
      const chars = [...w];
      if (chars.length <= MAX_WORD_CHARS) return w;
      truncated = true;
      return chars.slice(0, MAX_WORD_CHARS).join('');
    });
  words = [...new Set(words)];
  words = words.filter((w, i) => !words.some((other, j) => j !== i && other.length > w.length && other.includes(w)));
  if (words.length > MAX_WORDS) {
    truncated = true;
    words = words.slice(0, MAX_WORDS);
  }
  return { words: words.map(wordQuery), truncated };
}
