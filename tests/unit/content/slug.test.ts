import { describe, expect, it } from 'vitest';
import { readPlaceRegistry } from '@/lib/content/files';
import { freeSlug, keyWords, newsSlug, personSlug, storySlug } from '@/lib/content/slug';
import { REPO } from '../../fixtures/temp-site';

const places = readPlaceRegistry(REPO);

describe('file names', () => {
  it('builds news, story and person slugs from date, township and key words', () => {
    expect(keyWords('东塘镇关工委召开冬季留守儿童关爱工作推进会', places, '桐川县')).toBe('冬季留守儿童关爱 推进会');
    expect(newsSlug('2023-07-19', 'dongtang', '东塘镇关工委开展暑期防溺水安全宣传', places)).toBe('2023-07-19-dongtang-shuqi-fangni');
    expect(storySlug('2025-07-10', 'dongtang', '荷花村假日学校的二十天', places)).toBe('2025-07-dongtang-jiari-xuexiao');
    expect(personSlug('李秀英')).toBe('li-xiuying');
    expect(newsSlug('2023-07-19', 'hekou', '河口鎮關工委舉辦紅色故事進校園', places)).toBe('2023-07-19-hekou-hongse-gushi');
  });
  it('picks the next free slug', () => {
    const taken = new Set(['a', 'a-2']);
    expect(freeSlug('a', (s) => taken.has(s))).toBe('a-3');
    expect(freeSlug('b', (s) => taken.has(s))).toBe('b');
  });
});
