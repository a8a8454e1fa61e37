import { describe, expect, it } from 'vitest';
import { parseFoldedQuery, wordQuery, MAX_WORDS, MAX_WORD_CHARS } from '@/lib/search/tokens';

describe('search query parsing', () => {
  it('turns a word of 1, 2 or 3 characters into one exact term', () => {
    expect(wordQuery('站')).toMatchObject({ terms: ['站'], exact: true, length: 1 });
    expect(wordQuery('鹤城')).toMatchObject({ terms: ['鹤城'], exact: true });
    expect(wordQuery('关工委')).toMatchObject({ terms: ['关工委'], exact: true });
  });

  it('covers a longer word with all its trigrams, each once', () => {
    expect(wordQuery('留守儿童').terms).toEqual(['留守儿', '守儿童']);
    expect(wordQuery('青山镇关工委').terms).toEqual(['青山镇', '山镇关', '镇关工', '关工委']);
    expect(wordQuery('关关关关关').terms).toEqual(['关关关']);
    expect(wordQuery('留守儿童').exact).toBe(false);
  });

  it('splits a folded query into words and drops repeats and words inside other words', () => {
    expect(parseFoldedQuery('留守儿童 暑假').words.map((w) => w.text)).toEqual(['留守儿童', '暑假']);
    expect(parseFoldedQuery('留守 留守儿童 留守').words.map((w) => w.text)).toEqual(['留守儿童']);
    expect(parseFoldedQuery('').words).toEqual([]);
  });

  it('limits very long queries and says so', () => {
    const long = '关'.repeat(MAX_WORD_CHARS + 5);
    const parsed = parseFoldedQuery(long);
    expect(parsed.truncated).toBe(true);
    expect(parsed.words[0]!.length).toBe(MAX_WORD_CHARS);
    const many = Array.from({ length: MAX_WORDS + 2 }, (_, i) => `词${i}`).join(' ');
    expect(parseFoldedQuery(many).words).toHaveLength(MAX_WORDS);
  });
});
