import { describe, expect, it } from 'vitest';
import { findEntities, findHtmlTags, findMojibake, findTruncation } from '@/lib/text/problems';
import { normaliseTitle, similarTitles, titleSimilarity } from '@/lib/text/titles';
import { findTraditional, isTraditionalOnly, toSimplified, traditionalToSimplified } from '@/lib/text/traditional';

describe('what a human must look at', () => {
  it('flags question marks and � inside Chinese as mojibake', () => {
    expect(findMojibake('留守??童家庭').map((m) => m.kind)).toEqual(['question-marks']);
    expect(findMojibake('关?委').map((m) => m.kind)).toEqual(['question-marks']);
    expect(findMojibake('不能落下��').map((m) => m.kind)).toEqual(['replacement']);
    expect(findMojibake('鍏冲伐濮旓紝锛岄€氳銆傘€傞€氳鈥滄')[0]?.kind).toBe('utf8-as-gbk');
    expect(findMojibake('¹Ø¹¤Î¯¿ªÕ¹')[0]?.kind).toBe('latin1');
  });
  it('does not flag ordinary question marks', () => {
    expect(findMojibake('孩子们问：“爷爷，您当年怕不怕？”What? 1 + 1 = ?')).toEqual([]);
  });
  it('flags truncation markers', () => {
    for (const t of ['（未完待续）', '此处省略500字', '（略）', '以下略']) expect(findTruncation(`前文。${t}`), t).toHaveLength(1);
    expect(findTruncation('省略号不是问题，未完成的作业也不是。')).toEqual([]);
  });
  it('finds leftover entities and tags', () => {
    expect(findEntities('a&nbsp;b&ldquo;&#8220;').map((f) => f.match)).toEqual(['&nbsp;', '&ldquo;', '&#8220;']);
    expect(findHtmlTags('一<br />二</span>三<Foo>').map((f) => f.match)).toEqual(['<br />', '</span>']);
  });
  it('finds Traditional-only characters, not characters Simplified also uses', () => {
    expect(findTraditional('河口鎮關工委')).toMatchObject({ characters: ['鎮', '關'], count: 2 });
    for (const ch of ['著', '乾', '於', '么', '关']) expect(isTraditionalOnly(ch), ch).toBe(false);
    expect(findTraditional('什么著名乾隆')).toBeNull();
  });
  it('converts Traditional to Simplified without touching Simplified text', () => {
    expect(toSimplified('河口鎮關工委舉辦“紅色故事進校園”，著名的乾隆什么')).toBe('河口镇关工委举办“红色故事进校园”，著名的乾隆什么');
  });
  it('writes 着 for the 著 of a Traditional text where it is read zhe, and keeps 著 where it is read zhù', () => {
    expect(traditionalToSimplified('五老志願者帶著月餅，看著孩子們笑著吃完。')).toBe('五老志愿者带着月饼，看着孩子们笑着吃完。');
    expect(traditionalToSimplified('隨著天氣轉冷，大家不要著急，也要著眼長遠。')).toBe('随着天气转冷，大家不要着急，也要着眼长远。');
    expect(traditionalToSimplified('著名作家的名著成效顯著，他著有三本書，編著一部。')).toBe(
      '著名作家的名著成效显著，他著有三本书，编著一部。',
    );
  });
});

describe('near-duplicate titles', () => {
  it('compares titles without punctuation and finds near duplicates within days only', () => {
    expect(normaliseTitle('“五老” 走访，留守儿童！')).toBe('五老走访留守儿童');
    expect(titleSimilarity('东塘镇召开推进会', '东塘镇召开推进会议')).toBeGreaterThan(0.8);
    const items = [
      { key: 'a', title: '东塘镇关工委召开冬季留守儿童关爱推进会', date: '2025-11-03' },
      { key: 'b', title: '东塘镇关工委召开冬季留守儿童关爱推进会议', date: '2025-11-05' },
      { key: 'c', title: '东塘镇关工委召开冬季留守儿童关爱推进会议', date: '2026-11-05' },
      { key: 'd', title: '河口镇开展红色宣讲', date: '2025-11-03' },
    ];
    expect(
      similarTitles(items)
        .map((m) => `${m.item.key}~${m.other.key}`)
        .sort(),
    ).toEqual(['b~a', 'c~b']);
  });
});
