import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { SHARE_CARD_LIST, writeShareCards, type ShareCardList } from '@/lib/share-cards';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function builtSite(list: ShareCardList): string {
  const dist = mkdtempSync(join(tmpdir(), 'ggw-cards-'));
  dirs.push(dist);
  mkdirSync(join(dist, 'og'), { recursive: true });
  writeFileSync(join(dist, SHARE_CARD_LIST), JSON.stringify(list));
  return dist;
}

const list: ShareCardList = {
  siteName: '桐川关工',
  cards: [
    { file: 'site', kicker: '桐川县', title: '桐川县关心下一代工作委员会', footer: '工作动态、五老典型' },
    { file: 'news/2025-01-08-qingshan-a', kicker: '新闻', title: '青山镇关工委冒雪走访茶岭村留守儿童', footer: '2025年1月8日' },
    { file: 'bulletins/2025-04', kicker: '《关工动态》', title: '2025年第4期（总第112期）', footer: '2025年4月30日' },
  ],
};

describe('share cards after the build', () => {
  const cache = mkdtempSync(join(tmpdir(), 'ggw-card-cache-'));
  dirs.push(cache);

  it('draws every card of the list into og/, removes the list, and copies from the cache the next time', async () => {
    const first = builtSite(list);
    expect(await writeShareCards(first, cache)).toEqual({ written: 3, drawn: 3, removed: [] });
    expect(existsSync(join(first, SHARE_CARD_LIST))).toBe(false);
    for (const card of list.cards) {
      const meta = await sharp(join(first, 'og', `${card.file}.png`)).metadata();
      expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 });
    }
    const second = builtSite(list);
    expect(await writeShareCards(second, cache)).toEqual({ written: 3, drawn: 0, removed: [] });
    for (const card of list.cards)
      expect(readFileSync(join(second, 'og', `${card.file}.png`)).equals(readFileSync(join(first, 'og', `${card.file}.png`)))).toBe(true);
    // The cache holds whole cards only.
    expect(readdirSync(cache).every((f) => f.endsWith('.png'))).toBe(true);
  });

  it('draws a card that two pages share once', async () => {
    const twins = builtSite({ ...list, cards: [list.cards[1]!, { ...list.cards[1]!, file: 'news/2025-01-08-qingshan-b' }] });
    const fresh = mkdtempSync(join(tmpdir(), 'ggw-card-cache-'));
    dirs.push(fresh);
    expect(await writeShareCards(twins, fresh)).toEqual({ written: 2, drawn: 1, removed: [] });
    expect(
      readFileSync(join(twins, 'og/news/2025-01-08-qingshan-b.png')).equals(readFileSync(join(twins, 'og/news/2025-01-08-qingshan-a.png'))),
    ).toBe(true);
  });

  it('draws the same cards when half of them are drawn in a second process', async () => {
    const many: ShareCardList = {
      ...list,
      cards: Array.from({ length: 6 }, (_, i) => ({ ...list.cards[1]!, file: `news/n${i}`, footer: `2025年1月${i + 1}日` })),
    };
    const [alone, shared] = [builtSite(many), builtSite(many)];
    const [cacheA, cacheB] = [mkdtempSync(join(tmpdir(), 'ggw-card-cache-')), mkdtempSync(join(tmpdir(), 'ggw-card-cache-'))];
    dirs.push(cacheA, cacheB);
    const warnings: string[] = [];
    await writeShareCards(alone, cacheA);
    expect(await writeShareCards(shared, cacheB, { helperMinCards: 2, warn: (m) => warnings.push(m) })).toEqual({
      written: 6,
      drawn: 6,
      removed: [],
    });
    expect(warnings).toEqual([]);
    for (const card of many.cards)
      expect(readFileSync(join(shared, 'og', `${card.file}.png`)).equals(readFileSync(join(alone, 'og', `${card.file}.png`)))).toBe(true);
    expect(readdirSync(cacheB).every((f) => f.endsWith('.png'))).toBe(true);
  }, 60_000);

  it('removes the cards of pages that are gone from an earlier build in the same folder, and redraws a changed title', async () => {
    const dist = builtSite(list);
    await writeShareCards(dist, cache);
    writeFileSync(
      join(dist, SHARE_CARD_LIST),
      JSON.stringify({ ...list, cards: [list.cards[0], { ...list.cards[1]!, title: '青山镇关工委走访留守儿童' }] }),
    );
    const before = readFileSync(join(dist, 'og/news/2025-01-08-qingshan-a.png'));
    expect(await writeShareCards(dist, cache)).toEqual({ written: 2, drawn: 1, removed: ['og/bulletins/2025-04.png'] });
    expect(readFileSync(join(dist, 'og/news/2025-01-08-qingshan-a.png')).equals(before)).toBe(false);
  });
});
