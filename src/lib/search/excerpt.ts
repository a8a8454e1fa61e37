// Highlighting and excerpts for search results: matches are found in the folded text (so 兒童 in a page is
// marked for the query 儿童) and marked in the original text, HTML-escaped. Plain TypeScript.
import { foldAligned, type CharFolder } from './fold';
import { escapeHtml } from '../html';

/** Ranges [start, end) in the original string where any of the (folded) words occur, merged and sorted. */
export function matchRanges(original: string, words: readonly string[], fold: CharFolder): [number, number][] {
  const { text, from, to } = foldAligned(original, fold);
  const ranges: [number, number][] = [];
  for (const word of words) {
    if (!word) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      ranges.push([from[at]!, to[at + word.length - 1]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** HTML of original[start, end) with <mark> around the parts inside ranges. */
function markSlice(original: string, ranges: readonly [number, number][], start: number, end: number): string {
  let html = '';
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= at || s >= end) continue;
    const ms = Math.max(s, at);
    const me = Math.min(e, end);
    html += escapeHtml(original.slice(at, ms)) + '<mark>' + escapeHtml(original.slice(ms, me)) + '</mark>';
    at = me;
  }
  return html + escapeHtml(original.slice(at, end));
}

/** The whole text, HTML-escaped, with every match marked (for titles). */
export function highlight(original: string, words: readonly string[], fold: CharFolder): string {
  return markSlice(original, matchRanges(original, words, fold), 0, original.length);
}

const SENTENCE_END = /[。！？!?；;\n]/;

/**
 * About `length` characters of the text around its first match, HTML-escaped, matches marked, "……" where
 * cut. Starts at the beginning of the sentence when that is close, so the excerpt reads naturally.
 * Without a match, the opening of the text.
 */
export function makeExcerpt(original: string, words: readonly string[], fold: CharFolder, length = 90): string {
  const text = original.replace(/\s*\n\s*/g, '\n');
  const ranges = matchRanges(text, words, fold);
  const first = ranges[0];
  let start = 0;
  if (first) {
    // Look back up to a third of the length for a sentence start.
    const lookBack = Math.floor(length / 3);
    start = Math.max(0, first[0] - lookBack);
    for (let i = first[0] - 1; i >= Math.max(0, first[0] - lookBack); i--) {
      if (SENTENCE_END.test(text[i]!)) {
        start = i + 1;
        break;
      }
    }
    // Do not cut a surrogate pair.
    if (start > 0 && /[\udc00-\udfff]/.test(text[start] ?? '')) start--;
  }
  let end = Math.min(text.length, start + length);
  if (first && first[1] > end) end = Math.min(text.length, first[1] + 10);
  if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1] ?? '')) end++;
  const body = markSlice(text, ranges, start, end).replace(/\n/g, ' ');
  return (start > 0 ? '……' : '') + body.trim() + (end < text.length ? '……' : '');
}
