import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '@/lib/page-cache-key';

describe('incremental build keys', () => {
  it('changes when any part changes, Map and Set contents included, and not otherwise', () => {
    const site = { name: '桐川关工', townships: new Map([['dongtang', { name: '东塘镇' }]]) };
    const key = pageCacheKey('a', { title: '走访留守儿童' }, site);
    expect(pageCacheKey('a', { title: '走访留守儿童' }, site)).toBe(key);
    expect(pageCacheKey('a', { title: '走访留守儿童。' }, site)).not.toBe(key);
    expect(pageCacheKey('a', { title: '走访留守儿童' }, { ...site, townships: new Map([['dongtang', { name: '东塘乡' }]]) })).not.toBe(key);
    expect(pageCacheKey(new Set(['a'])) === pageCacheKey(new Set(['b']))).toBe(false);
    expect(pageCacheKey(undefined)).toMatch(/^[0-9a-f]{24}$/);
  });
});
