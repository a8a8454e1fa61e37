import { describe, expect, it } from 'vitest';
import { encodeChar, parseFoldedQuery, runsOf, sectionTokens, wordQuery, MAX_WORDS, MAX_WORD_CHARS } from '@/lib/search/tokens';

const enc = (s: string) => [...s].map(encodeChar).join('');

describe('search tokens: what Pagefind indexes', () => {
  it('writes a character as four base-36 digits that never start with u, v or w', () => {
    expect(encodeChar('关')).toBe('0g37');
    expect(encodeChar('a')).toBe('002p');
    expect(encodeChar('𠀀')).toHaveLength(4);
    expect(encodeChar(String.fromCodePoint(0x10ffff))[0]! < 'u').toBe(true);
  });

  it('splits folded text into runs at spaces', () => {
    expect(runsOf('关工委 五老')).toEqual([
      ['关', '工', '委'],
      ['五', '老'],
    ]);
  });

  it('gives each distinct unigram, bigram and trigram of a run once, never across runs', () => {
    const tokens = sectionTokens('关工委 关工');
    expect(tokens).toContain(enc('关工委'));
    expect(tokens).toContain(`v${enc('关工')}`);
    expect(tokens).toContain(`v${enc('工委')}`);
    for (const c of '关工委') expect(tokens).toContain(`u${enc(c)}`);
    // No token spans the space between the runs.
    expect(tokens).not.toContain(`v${enc('委关')}`);
    expect(tokens).not.toContain(enc('工委关'));
    // Distinct: 关工 occurs twice but is listed once.
    expect(tokens.filter((t) => t === `v${enc('关工')}`)).toHaveLength(1);
  });

  it('never makes one token a prefix of another kind (so Pagefind prefix matching adds nothing)', () => {
    const tokens = sectionTokens('留守儿童 站 ai 2025年');
    for (const a of tokens) for (const b of tokens) if (a !== b && b.startsWith(a)) throw new Error(`${a} is a prefix of ${b}`);
  });
});

describe('search query parsing', () => {
  it('turns a word of 1, 2 or 3 characters into one exact term', () => {
    expect(wordQuery('站')).toMatchObject({ terms: [`u${enc('站')}`], exact: true, length: 1 });
    expect(wordQuery('鹤城')).toMatchObject({ terms: [`v${enc('鹤城')}`], exact: true });
    expect(wordQuery('关工委')).toMatchObject({ terms: [enc('关工委')], exact: true });
  });

  it('covers a longer word with trigrams at offsets 0, 2, 4, … and the end, so every neighbour pair is inside one', () => {
    expect(wordQuery('留守儿童').terms).toEqual([enc('留守儿'), enc('守儿童')]);
    expect(wordQuery('青山镇关工委').terms).toEqual([enc('青山镇'), enc('镇关工'), enc('关工委')]);
    expect(wordQuery('校外教育辅导站').terms).toEqual([enc('校外教'), enc('教育辅'), enc('辅导站')]);
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
