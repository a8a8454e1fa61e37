// Site search on the built demo site: Simplified and Traditional queries, filters, sort, the URL, the empty
// state, keyboard use, no JavaScript, and search/api.js used from another page and under a sub-path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { DESKTOP, PHONE, hasHorizontalScroll, launchBrowser, openPage, siteUrl } from './browser';
import { serveDist } from './static-server';
import type { SearchResponse } from '@/scripts/search/api';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for the page to catch up (searching on a busy machine can take a few seconds). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn);
const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.locator('[data-search-status]');

async function resultUrls(page: Page): Promise<string[]> {
  return results(page)
    .locator('.teaser__title a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Waits until the results on screen belong to the current address, then reads "找到 N 条结果". */
async function totalOf(page: Page): Promise<number> {
  await poll(() =>
    page.evaluate(() => {
      const rendered = document.querySelector<HTMLElement>('[data-search-app]')?.dataset['rendered'];
      if (rendered === undefined) return false;
      const r = new URL(rendered, location.href);
      return r.pathname === location.pathname && r.searchParams.toString() === new URLSearchParams(location.search).toString();
    }),
  ).toBe(true);
  await poll(async () => (await status(page).textContent()) ?? '').toMatch(/找到 \d+ 条结果|没有找到/);
  const m = /找到 (\d+) 条结果/.exec((await status(page).textContent()) ?? '');
  return m ? Number(m[1]) : 0;
}

/** Types a query the way a reader does (key by key) into the search page's box. */
async function typeQuery(page: Page, text: string): Promise<void> {
  const box = page.locator('#search-q');
  await box.fill('');
  await box.pressSequentially(text, { delay: 30 });
}

describe('search page: finding what the reader typed', () => {
  it('finds a person by name, with the profile first, highlighted, typed as the reader types', async () => {
    const { page, problems, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl('search/'));
      await typeQuery(page, '李秀英');
      expect(await totalOf(page)).toBeGreaterThan(1);
      expect((await resultUrls(page))[0]).toMatch(/\/people\/li-xiuying\/$/);
      const first = results(page).first();
      expect(await first.locator('.kind-label').textContent()).toBe('五老典型');
      expect(await first.locator('.teaser__title mark').first().textContent()).toBe('李秀英');
      // Results appeared without pressing Enter, and the address now holds the query.
      expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=李秀英');
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('searches a word as soon as the input method commits it, and not while it is still being composed', async () => {
    const { page, problems, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl('search/'));
      await typeQuery(page, '李');
      expect(await totalOf(page)).toBeGreaterThan(1);
      const ime = await page.context().newCDPSession(page);
      // From here the page's timers run on a clock the test moves, so "however long" is exact, not a sleep.
      await page.clock.install();
      // The reader deletes 李 and starts typing pinyin at once: nothing is searched while it is being composed,
      // however long the reader takes (not even the deletion's pending search).
      await page.keyboard.press('Backspace');
      await ime.send('Input.imeSetComposition', { text: 'liushou', selectionStart: 7, selectionEnd: 7 });
      const composing = await page.evaluate(() => location.search);
      await page.clock.runFor(2_000);
      expect(await page.evaluate(() => location.search)).toBe(composing);
      await page.clock.resume();
      // The reader picks 留守儿童: the search starts in the same moment (no waiting for a pause in typing).
      await ime.send('Input.insertText', { text: '留守儿童' });
      expect(decodeURIComponent(await page.evaluate(() => location.search))).toBe('?q=留守儿童');
      expect(await totalOf(page)).toBeGreaterThan(1);
      expect(await results(page).first().locator('mark').first().textContent()).toMatch(/^留守(儿童|兒童)$/);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const [simplified, traditional] of [
    ['留守儿童', '留守兒童'],
    ['红军桥', '紅軍橋'],
  ] as const) {
    it(`finds the same items for ${simplified} and ${traditional}`, async () => {
      const { page, close } = await openPage(browser, DESKTOP);
      try {
        await page.goto(siteUrl(`search/?q=${encodeURIComponent(simplified)}`));
        const total = await totalOf(page);
        expect(total).toBeGreaterThan(3);
        const urls = await resultUrls(page);
        await typeQuery(page, traditional);
        await poll(() => page.locator('#search-q').inputValue()).toBe(traditional);
        await poll(async () => decodeURIComponent(new URL(page.url()).search)).toBe(`?q=${traditional}`);
        expect(await totalOf(page)).toBe(total);
        expect(await resultUrls(page)).toEqual(urls);
        // The match is highlighted whichever form the page itself is written in.
        expect(await results(page).first().locator('mark').count()).toBeGreaterThan(0);
      } finally {
        await close();
      }
    });
  }

  it('shows type, Chinese date, township and an excerpt for each result', async () => {
    const { page, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl(`search/?q=${encodeURIComponent('红军桥')}`));
      await totalOf(page);
      const urls = await resultUrls(page);
      expect(urls.some((u) => /\/stories\/2025-04-hekou-hongse-xuanjiang\/$/.test(u))).toBe(true);
      const news = results(page)
        .filter({ has: page.locator('.kind-label', { hasText: '新闻' }) })
        .first();
      expect(await news.locator('time').textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
      expect(await news.locator('.meta span').first().textContent()).toMatch(/(镇|乡|街道|农场)/);
      expect(await news.locator('.teaser__summary mark').count()).toBeGreaterThan(0);
      expect(await hasHorizontalScroll(page)).toBe(false);
    } finally {
      await close();
    }
  });
  it('stays readable at the largest text size on a phone: no sideways scrolling, big tap targets', async () => {
    const { page, close } = await openPage(browser, PHONE);
    try {
      await page.addInitScript(() => localStorage.setItem('text-size', '5'));
      await page.goto(siteUrl(`search/?q=${encodeURIComponent('校外教育辅导站')}`));
      await totalOf(page);
      expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBe('5');
      expect(await hasHorizontalScroll(page)).toBe(false);
      const chip = await page.locator('[data-sort] .search-chip span').first().boundingBox();
      expect(chip!.height).toBeGreaterThanOrEqual(44);
      const link = await results(page).first().locator('.teaser__title a').boundingBox();
      expect(link!.height).toBeGreaterThanOrEqual(44);
    } finally {
      await close();
    }
  });
});

describe('search page: filters, sort and the address', () => {
  it('narrows by type with counts, keeps it in the URL, and the filter survives a reload', async () => {
    const { page, close } = await openPage(browser, DESKTOP);
    try {
      await page.goto(siteUrl(`search/?q=${encodeURIComponent('留守儿童')}`));
      const all = await totalOf(page);
      const newsChip = page.locator('[data-facet="type"] label', { hasText: '新闻' });
      const newsCount = Number(/\((\d+)\)/.exec((await newsChip.textContent()) ?? '')?.[1]);
      expect(newsCount).toBeGreaterThan(0);
      expect(newsCount).toBeLessThan(all);
      await newsChip.click();
      await poll(() => new URL(page.url()).searchParams.get('type')).toBe('news');
      await poll(() => totalOf(page)).toBe(newsCount);
      for (const label of await results(page).locator('.kind-label').allTextContents()) expect(label).toBe('新闻');
      await page.reload();
      expect(await totalOf(page)).toBe(newsCount);
      expect(await page.locator('[data-facet="type"] input[value="news"]').isChecked()).toBe(true);
    } finally {
      await close();
    }
  });

  it('combines a township and a year filter', async () => {
    const { page, close } = await openPage(browser, DESKTOP);
    try {
      await page.goto(siteUrl(`search/?q=${encodeURIComponent('五老')}`));
      const all = await totalOf(page);
      await page.locator('[data-facet-details="township"] summary').click();
      const townshipChip = page.locator('[data-facet="township"] label', { hasText: '东塘镇' });
      const townshipCount = Number(/\((\d+)\)/.exec((await townshipChip.textContent()) ?? '')?.[1]);
      expect(townshipCount).toBeLessThan(all);
      await townshipChip.click();
      await poll(() => new URL(page.url()).searchParams.get('township')).toBe('东塘镇');
      // The results and the other facets' counts are redrawn together: wait for them.
      await poll(() => totalOf(page)).toBe(townshipCount);
      const yearChip = page.locator('[data-facet="year"] label', { hasText: '2026年' });
      const yearCount = Number(/\((\d+)\)/.exec((await yearChip.textContent()) ?? '')?.[1]);
      await yearChip.click();
      await poll(() => new URL(page.url()).searchParams.get('year')).toBe('2026');
      await poll(() => totalOf(page)).toBe(yearCount);
      for (const t of await results(page).locator('time').allTextContents()) expect(t.startsWith('2026年')).toBe(true);
      for (const t of await results(page).locator('.meta span').allTextContents()) expect(t).toContain('东塘镇');
    } finally {
      await close();
    }
  });

  it('sorts newest first and puts sort=newest in the URL; the back button restores relevance', async () => {
    const { page, close } = await openPage(browser, DESKTOP);
    try {
      await page.goto(siteUrl(`search/?q=${encodeURIComponent('留守儿童')}`));
      await totalOf(page);
      const relevance = await resultUrls(page);
      await page.locator('[data-sort] label', { hasText: '最新' }).click();
      await poll(() => new URL(page.url()).searchParams.get('sort')).toBe('newest');
      await poll(() => resultUrls(page)).not.toEqual(relevance);
      const dates = await results(page)
        .locator('time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
      expect(dates).toEqual([...dates].sort().reverse());
      await page.goBack();
      await poll(() => new URL(page.url()).searchParams.get('sort')).toBeNull();
      await poll(() => resultUrls(page)).toEqual(relevance);
    } finally {
      await close();
    }
  });

  it('loads more results on request and moves the keyboard focus to the first new one', async () => {
    const { page, close } = await openPage(browser, DESKTOP);
    try {
      await page.goto(siteUrl(`search/?q=${encodeURIComponent('五老')}`));
      const total = await totalOf(page);
      expect(total).toBeGreaterThan(20);
      expect(await results(page).count()).toBe(10);
      expect(await page.locator('[data-search-more]').textContent()).toBe(`加载更多（还有 ${total - 10} 条）`);
      await page.locator('[data-search-more]').click();
      await poll(() => results(page).count()).toBe(20);
      expect(
        await page.evaluate(() => [...document.activeElement!.closest('ol')!.children].indexOf(document.activeElement!.closest('li')!)),
      ).toBe(10);
    } finally {
      await close();
    }
  });
});

describe('search page: empty state, keyboard, header box, no JavaScript', () => {
  it('says so clearly when nothing matches, with suggestions', async () => {
    const { page, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl(`search/?q=${encodeURIComponent('火星探测器')}`));
      await poll(() => status(page).textContent()).toMatch(/没有找到/);
      await expect(page.locator('[data-search-empty]').isVisible()).resolves.toBe(true);
      expect(await page.locator('[data-search-empty-title]').textContent()).toContain('火星探测器');
      expect(await page.locator('[data-search-empty]').textContent()).toContain('错别字');
      expect(await results(page).count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('says when search cannot load, and tries again when the reader types the same words again', async () => {
    const { page, close } = await openPage(browser, PHONE);
    try {
      // The search data cannot be loaded (a dropped connection) until the reader has seen the message.
      let offline = true;
      await page.route(/\/search\/data\.[0-9a-f]+\.gz$/, (route) => (offline ? route.abort() : route.continue()));
      await page.goto(siteUrl('search/'));
      await typeQuery(page, '李秀英');
      await poll(() => status(page).textContent()).toMatch(/搜索暂时无法使用/);
      offline = false;
      await page.locator('#search-q').fill('李秀英');
      expect(await totalOf(page)).toBeGreaterThan(1);
    } finally {
      await close();
    }
  });

  it('works from the keyboard: type, Enter, then arrow keys on the sort choice', async () => {
    const { page, close } = await openPage(browser, DESKTOP);
    try {
      await page.goto(siteUrl('search/'));
      await page.locator('#search-q').focus();
      await page.keyboard.type('防溺水');
      await page.keyboard.press('Enter');
      expect(await totalOf(page)).toBeGreaterThan(0);
      await page.locator('[data-sort] input[value="relevance"]').focus();
      await page.keyboard.press('ArrowRight');
      await poll(() => new URL(page.url()).searchParams.get('sort')).toBe('newest');
    } finally {
      await close();
    }
  });

  it('lands on the results from the search box in the header of any page', async () => {
    const { page, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl('news/'));
      await page.locator('#site-search-q').fill('假日学校');
      await page.locator('#site-search-q').press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      expect(await totalOf(page)).toBeGreaterThan(0);
      expect(await page.locator('#search-q').inputValue()).toBe('假日学校');
      // One search box on the search page: the header's gives way to the page's own.
      expect(await page.locator('input[type="search"]').count()).toBe(1);
    } finally {
      await close();
    }
  });

  it('tells readers without JavaScript that search needs it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await page.goto(siteUrl(`search/?q=${encodeURIComponent('留守儿童')}`));
      expect(await page.locator('[data-search-nojs]').isVisible()).toBe(true);
      expect(await page.locator('[data-search-nojs]').textContent()).toContain('需要浏览器开启 JavaScript');
      expect(await page.locator('[data-search-app]').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe('search/api.js, the one search function', () => {
  it('answers search(query, options) with total, results and counts, under a sub-path too', async () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const { server, url } = await serveDist(dist, '/ggw/');
    const { page, close } = await openPage(browser, DESKTOP);
    try {
      await page.goto(`${url}robots.txt`);
      // A string, so that no test-runner code ends up in the page: this is how another site would call it.
      const r = (await page.evaluate(`(async () => {
        const { search } = await import(${JSON.stringify(`${url}search/api.js`)});
        const all = await search('留守兒童');
        const page2 = await search('留守儿童', { limit: 5, offset: 5, sort: 'newest' });
        const news = await search('留守儿童', { filters: { type: 'news' } });
        return { all, page2, news };
      })()`)) as { all: SearchResponse; page2: SearchResponse; news: SearchResponse };
      expect(r.all.total).toBeGreaterThan(20);
      expect(r.all.results).toHaveLength(20);
      expect(r.all.results[0]!.url.startsWith(`${url}`)).toBe(true);
      expect(Object.keys(r.all.results[0]!).sort()).toEqual(
        expect.arrayContaining(['url', 'title', 'type', 'township', 'date', 'excerpt']),
      );
      expect(r.all.results.some((x: { excerpt: string }) => x.excerpt.includes('<mark>'))).toBe(true);
      expect(r.page2.total).toBe(r.all.total);
      expect(r.page2.results).toHaveLength(5);
      expect(r.news.total).toBe(r.all.facets.type.news);
      expect(r.news.results.every((x: { type: string }) => x.type === 'news')).toBe(true);
    } finally {
      await close();
      server.close();
    }
  });
});
