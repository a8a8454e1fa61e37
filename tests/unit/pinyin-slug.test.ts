import { describe, expect, it } from 'vitest';
import { pinyinSlug, uniqueSlugs } from '@/lib/pinyin-slug';

describe('pinyinSlug', () => {
  it('turns topic names into short ASCII words of two syllables', () => {
    expect(pinyinSlug('留守儿童')).toBe('liushou-ertong');
    expect(pinyinSlug('防溺水')).toBe('fangnishui');
    expect(pinyinSlug('五好基层关工委')).toBe('wuhao-jiceng-guangongwei');
    expect(pinyinSlug('老教师')).toBe('laojiaoshi');
  });
  it('keeps Latin letters and digits and drops punctuation', () => {
    expect(pinyinSlug('AI课堂')).toBe('aiketang');
    expect(pinyinSlug('2025年总结')).toBe('2025nian-zongjie');
    expect(pinyinSlug('“五老”')).toBe('wulao');
  });
});

describe('uniqueSlugs', () => {
  it('gives each name its own slug even when their pinyin is the same', () => {
    const slugs = uniqueSlugs(['事例', '实例', '事例']);
    expect(new Set(slugs.values()).size).toBe(2);
    expect([...slugs.values()].sort()).toEqual(['shili', 'shili-2']);
  });
});
