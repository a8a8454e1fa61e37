import { describe, expect, it } from 'vitest';
import { shardByTokens } from '@/lib/search/indexer';

describe('search index shards', () => {
  const records = (sizes: number[]) => sizes.map((tokens, i) => ({ id: i, tokens }));
  const ids = (shards: { id: number }[][]) => shards.map((s) => s.map((r) => r.id));

  it('keeps consecutive pages together in as few shards of about equal size as the limit allows', () => {
    expect(ids(shardByTokens(records([40, 40, 40, 40, 40]), 100))).toEqual([[0, 1], [2, 3], [4]]);
    expect(ids(shardByTokens(records([30, 30, 30, 30, 30, 30, 30]), 150))).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6],
    ]);
    expect(ids(shardByTokens(records([100, 1]), 100))).toEqual([[0], [1]]);
    for (const shard of shardByTokens(records(Array.from({ length: 500 }, (_, i) => 10 + (i % 7))), 1000)) {
      expect(shard.reduce((sum, r) => sum + r.tokens, 0)).toBeLessThanOrEqual(1000);
    }
  });
  it('gives a page over the limit a shard of its own, and a small site one shard', () => {
    expect(ids(shardByTokens(records([10, 500, 10]), 100))).toEqual([[0], [1], [2]]);
    expect(ids(shardByTokens(records([10, 20, 30]), 3_000_000))).toEqual([[0, 1, 2]]);
    expect(ids(shardByTokens([], 100))).toEqual([[]]);
  });
});
