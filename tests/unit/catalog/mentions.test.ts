// The people pages' "news that mention them", found in one pass, must equal searching every text per person.
import { describe, expect, it } from 'vitest';
import { indexMentions } from '../../../src/lib/catalog/mentions';

describe('indexMentions', () => {
  it('finds exactly the items whose title or text contains each name, in list order, each once', () => {
    const names = ['李秀英', '李秀', '王建国', '秀英', 'Anna', '欧阳明'];
    const pieces = ['李', '秀', '英', '王', '建国', '欧阳', '明', 'Ann', 'a', '，', '同志', '\n'];
    let seed = 7;
    const pick = () => pieces[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length]!;
    const news = Array.from({ length: 300 }, (_, i) => ({
      id: `n${i}`,
      data: { title: Array.from({ length: 6 }, pick).join('') },
      body: i % 17 === 0 ? undefined : Array.from({ length: 40 }, pick).join(''),
    }));
    news[3]!.body = '看望李秀英同志，李秀英说';
    news[9]!.data.title = '王建国和欧阳明';
    news[12]!.body = 'Anna';
    const index = indexMentions(news, names);
    for (const name of names) {
      const expected = news.filter((e) => e.data.title.includes(name) || (e.body ?? '').includes(name)).map((e) => e.id);
      expect([name, (index.get(name) ?? []).map((e) => e.id)]).toEqual([name, expected]);
    }
    for (const name of names) expect(index.get(name)?.length).toBeGreaterThan(0);
  });
});
