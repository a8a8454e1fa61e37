// Tokens that Pagefind indexes and searches instead of Chinese words, and the query parser.
//
// Pagefind's own Chinese word segmentation cannot give "the page contains what the reader typed": a query is
// cut into words that need not be adjacent, and a word cut differently in the page is not found. So the
// indexer gives Pagefind tokens of its own, spelled in ASCII so that neither Pagefind's segmenter (ICU when
// indexing, Intl.Segmenter in the browser) nor a stemmer ever touches them. A character is written as four
// base-36 digits (its code point); the first digit is always 0–n, so the letters u and v never start one.
//
// Each section of a page (title, body) contributes, once each, every distinct
//   unigram "u" + 4 digits, bigram "v" + 8 digits and trigram 12 digits
// found inside a run of folded text (runs are separated by spaces and punctuation, so no token spans them).
// All tokens of a kind have the same length and the kinds start differently, so no token is the prefix of
// another: Pagefind's prefix matching and its "closest shorter word" fallback can never add a wrong page.
//
// A query word of 1, 2 or 3 characters is one token, and the pages that have that token are exactly the pages
// that contain the word. A longer word becomes the trigrams at offsets 0, 2, 4, … and n−3: every pair of
// neighbouring characters lies inside one of them, so a page that has them all but not the word is very rare
// (it must hold every piece in separate places). The search verifies the pages it shows against their text.

export const CHAR_WIDTH = 4;
/** Longer query words are cut to this many characters. */
export const MAX_WORD_CHARS = 24;
/** At most this many words per query. */
export const MAX_WORDS = 6;

export function encodeChar(ch: string): string {
  return (ch.codePointAt(0) ?? 0).toString(36).padStart(CHAR_WIDTH, '0');
}

/** Splits folded text into runs of characters (code points). */
export function runsOf(folded: string): string[][] {
  return folded
    .split(' ')
    .filter(Boolean)
    .map((run) => [...run]);
}

/** The distinct tokens of one section of a page (its folded title or body). */
export function sectionTokens(folded: string): string[] {
  const trigrams = new Set<string>();
  const bigrams = new Set<string>();
  const unigrams = new Set<string>();
  for (const run of runsOf(folded)) {
    const codes = run.map(encodeChar);
    for (let i = 0; i < codes.length; i++) {
      unigrams.add(`u${codes[i]!}`);
      if (i + 1 < codes.length) bigrams.add(`v${codes[i]!}${codes[i + 1]!}`);
      if (i + 2 < codes.length) trigrams.add(codes[i]! + codes[i + 1]! + codes[i + 2]!);
    }
  }
  return [...trigrams, ...bigrams, ...unigrams];
}

export interface QueryWord {
  /** The folded word, as matched against folded text. */
  text: string;
  /** Number of characters (code points). */
  length: number;
  /** The Pagefind terms that a page must all have. */
  terms: string[];
  /** True when having the terms implies containing the word (1–3 characters). */
  exact: boolean;
}

/** The Pagefind terms for one folded word. */
export function wordQuery(word: string): QueryWord {
  const codes = [...word].map(encodeChar);
  const length = codes.length;
  if (length === 1) return { text: word, length, terms: [`u${codes[0]!}`], exact: true };
  if (length === 2) return { text: word, length, terms: [`v${codes[0]!}${codes[1]!}`], exact: true };
  const offsets = new Set<number>();
  for (let i = 0; i + 3 <= length; i += 2) offsets.add(i);
  offsets.add(length - 3);
  const terms = [...offsets].sort((a, b) => a - b).map((i) => codes[i]! + codes[i + 1]! + codes[i + 2]!);
  return { text: word, length, terms, exact: length === 3 };
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
