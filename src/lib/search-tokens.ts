// Tokens that Pagefind indexes and searches instead of Chinese words, and the query parser.
//
// Pagefind's own Chinese word segmentation cannot give "the page contains what the reader typed": a query is
// cut into words that need not be adjacent, and a word cut differently in the page is not found. So every
// position of the folded text gets one token of its own, spelled in ASCII so that neither Pagefind's
// segmenter (ICU at indexing, Intl.Segmenter in the browser) nor a stemmer ever touches it:
//
//   token at position i = the characters i, i+1, i+2 of its run (a trigram), each written as 4 base-36 digits;
//   near the end of a run the token is shorter (bigram, unigram) and ends in 'z', a letter no character code
//   starts with, so that a shorter token is never the prefix of a longer query term.
//
// Positions are consecutive, so Pagefind's own machinery answers every query exactly:
//   1 character  → prefix search for its 4 digits: every token that starts with it, i.e. every occurrence;
//   2 characters → prefix search for their 8 digits: every trigram starting with them plus the run-final bigram;
//   3 characters → the trigram itself;
//   4 and more   → Pagefind's exact phrase search ("…") over the chain of overlapping trigrams, which must sit
//                  at consecutive positions: a chain of n-2 trigrams at p, p+1, … spells exactly n characters.
// Tokens never cross a separator (space or punctuation), so a match always lies inside one run of text.

export const CHAR_WIDTH = 4;
const END = 'z';
/** Queries longer than this many characters per word are cut (a phrase this long is found by its start). */
export const MAX_WORD_CHARS = 24;
/** At most this many words per query. */
export const MAX_WORDS = 8;

export function encodeChar(ch: string): string {
  return (ch.codePointAt(0) ?? 0).toString(36).padStart(CHAR_WIDTH, '0');
}

export function decodeToken(token: string): string {
  let out = '';
  for (let i = 0; i + CHAR_WIDTH <= token.length; i += CHAR_WIDTH) out += String.fromCodePoint(parseInt(token.slice(i, i + CHAR_WIDTH), 36));
  return out;
}

/** Splits folded text into runs of characters (code points). */
export function runsOf(folded: string): string[][] {
  return folded
    .split(' ')
    .filter(Boolean)
    .map((run) => [...run]);
}

/** One token per character position of the folded text, in order; runs follow each other directly. */
export function indexTokens(folded: string): string[] {
  const tokens: string[] = [];
  for (const run of runsOf(folded)) {
    const codes = run.map(encodeChar);
    for (let i = 0; i < codes.length; i++) {
      const left = codes.length - i;
      tokens.push(left >= 3 ? codes[i]! + codes[i + 1]! + codes[i + 2]! : left === 2 ? codes[i]! + codes[i + 1]! + END : codes[i]! + END);
    }
  }
  return tokens;
}

export interface QueryWord {
  /** The folded word, as matched against folded text. */
  text: string;
  /** Its characters (code points). */
  chars: string[];
  /** What to ask Pagefind: a prefix term (1–3 characters) or an exact phrase of trigrams (4+). */
  pagefind: string;
  exact: boolean;
  /** The term whose positions count occurrences for ranking (the first trigram for phrases). */
  rankTerm: string;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** True when words were dropped or cut because of the limits. */
  truncated: boolean;
}

/** The Pagefind request for one folded word. */
export function wordQuery(word: string): QueryWord {
  const chars = [...word];
  const codes = chars.map(encodeChar);
  if (chars.length <= 3) {
    const term = codes.join('');
    return { text: word, chars, pagefind: term, exact: false, rankTerm: term };
  }
  const trigrams: string[] = [];
  for (let i = 0; i + 3 <= codes.length; i++) trigrams.push(codes[i]! + codes[i + 1]! + codes[i + 2]!);
  return { text: word, chars, pagefind: `"${trigrams.join(' ')}"`, exact: true, rankTerm: trigrams[0]! };
}

/**
 * Folded query → words (split at spaces and punctuation, as the page text is). Duplicate words and words
 * contained in another word are dropped (a page containing 留守儿童 contains 留守).
 */
export function parseFoldedQuery(folded: string): ParsedQuery {
  let truncated = false;
  let words = [...new Set(folded.split(' ').filter(Boolean))].map((w) => {
    const chars = [...w];
    if (chars.length > MAX_WORD_CHARS) {
      truncated = true;
      return chars.slice(0, MAX_WORD_CHARS).join('');
    }
    return w;
  });
  words = words.filter((w, i) => !words.some((other, j) => j !== i && other.includes(w) && (other !== w || j < i)));
  if (words.length > MAX_WORDS) {
    truncated = true;
    words = words.slice(0, MAX_WORDS);
  }
  return { words: words.map(wordQuery), truncated };
}
