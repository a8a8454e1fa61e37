import { describe, expect, it } from 'vitest';
import { parseFoldedQuery, runsOf, sectionGrams, wordQuery, MAX_WORDS, MAX_WORD_CHARS } from '@/lib/search/tokens';

describe('search grams: what the index lists a page under', () => {
  it('splits folded text into runs at spaces', () => {
    expect(runsOf('关工委 五老')).toEqual([
      ['关', '工', '委'],
      ['五', '老'],
    ]);
  });

  it('counts each unigram, bigram and trigram of a run, never across runs', () => {
    const grams = sectionGrams('关工委 关工');
    expect(grams.get('关工委')).toBe(1);
    expect(grams.get('关工')).toBe(2);
    expect(grams.get('工委')).toBe(1);
    expect(grams.get('关')).toBe(2);
    // No gram spans the space between the runs.
    expect(grams.has('委关')).toBe(false);
    expect(grams.has('工委关')).toBe(false);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const grams = sectionGrams('𠀀村');
    expect([...grams.keys()].sort()).toEqual(['𠀀', '𠀀村', '村'].sort());
  });
});

describe('search query parsing', () => {
  it('turns a word of 1, 2 or 3 characters into one exact term', () => {
    expect(wordQuery('站')).toMatchObject({ terms: ['站'], exact: true, length: 1 });
    expect(wordQuery('鹤城')).toMatchObject({ terms: ['鹤城'], exact: true });
    expect(wordQuery('关工委')).toMatchObject({ terms: ['关工委'], exact: true });
  });

  it('covers a longer word with trigrams at offsets 0, 2, 4, … and the end, so every neighbour pair is inside one', () => {
    expect(wordQuery('留守儿童').terms).toEqual(['留守儿', '守儿童']);
    expect(wordQuery('青山镇关工委').terms).toEqual(['青山镇', '镇关工', '关工委']);
    expect(wordQuery('校外教育辅导站').terms).toEqual(['校外教', '教育辅', '辅导站']);
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
