// What readers do: follow links, filter the 五老 gallery, enlarge the text, read without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, PHONE, hasHorizontalScroll, launchBrowser, openPage, siteUrl } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('navigation', () => {
  it('goes from the home page to a news item and back up through the breadcrumbs', async () => {
    const { page, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl());
      await page.locator('nav[aria-label="主导航"] a', { hasText: '工作动态' }).click();
      await page.waitForURL(/\/news\/$/);
      expect(await page.locator('nav[aria-label="主导航"] a[aria-current="page"]').textContent()).toBe('工作动态');
      const title = (await page.locator('.teaser__title a').first().textContent())!.trim();
      await page.locator('.teaser__title a').first().click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(title);
      expect(await page.locator('article time').first().textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
      await page.locator('.breadcrumbs a', { hasText: '工作动态' }).click();
      await page.waitForURL(/\/news\/$/);
    } finally {
      await close();
    }
  });

  it('pages through the news list', async () => {
    const { page, close } = await openPage(browser, DESKTOP);
    try {
      await page.goto(siteUrl('news/'));
      const firstOnPage1 = await page.locator('.teaser__title a').first().textContent();
      await page.locator('.pagination a[rel="next"]').click();
      await page.waitForURL(/\/news\/page\/2\/$/);
      expect(await page.locator('.pagination [aria-current="page"]').textContent()).toBe('2');
      expect(await page.locator('.teaser__title a').first().textContent()).not.toBe(firstOnPage1);
    } finally {
      await close();
    }
  });

  it('links a bulletin issue to every item in its table of contents', async () => {
    const { page, close } = await openPage(browser, DESKTOP);
    try {
      await page.goto(siteUrl('bulletins/'));
      await page.locator('a.bulletin-card').first().click();
      const tocLinks = page.locator('.toc a');
      expect(await tocLinks.count()).toBeGreaterThan(1);
      const title = (await tocLinks.first().textContent())!.trim();
      await tocLinks.first().click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(title);
      expect(await page.locator('.side-box:has(#side-issue)').textContent()).toMatch(/本文刊于《关工动态》\s*\d{4}年第\d+期/);
    } finally {
      await close();
    }
  });
});

describe('the 五老 gallery', () => {
  it('filters by category without reloading, and the address can be shared', async () => {
    const { page, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl('people/'));
      const all = await page.locator('[data-people-grid] li:visible').count();
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
      await page.locator('[data-people-filter] a', { hasText: '老教师' }).click();
      await page.waitForURL(/\/people\/category\/laojiaoshi\/$/);
      const visible = page.locator('[data-people-grid] li:visible');
      const shown = await visible.count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(all);
      for (const text of await visible.locator('.person-card__meta').allTextContents()) expect(text).toContain('老教师');
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
      // The shared address shows the same selection on its own.
      await page.goto(siteUrl('people/category/laojiaoshi/'));
      expect(await page.locator('[data-people-grid] li:visible').count()).toBe(shown);
      await page.goBack();
      await page.locator('[data-people-filter] a', { hasText: '全部' }).click();
      expect(await page.locator('[data-people-grid] li:visible').count()).toBe(all);
    } finally {
      await close();
    }
  });
});

describe('the text size control', () => {
  it('enlarges the text to at least 30px, remembers it across pages, and never scrolls sideways', async () => {
    const { page, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl('news/'));
      const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(await bodySize()).toBeGreaterThanOrEqual(18);
      for (let i = 0; i < 5; i++) await page.getByRole('button', { name: '放大文字' }).click();
      expect(await bodySize()).toBeGreaterThanOrEqual(30);
      expect(await page.getByRole('button', { name: '放大文字' }).isDisabled()).toBe(true);
      expect(await hasHorizontalScroll(page)).toBe(false);
      await page.locator('.teaser__title a').first().click();
      await page.waitForLoadState('load');
      expect(await bodySize()).toBeGreaterThanOrEqual(30);
      expect(await hasHorizontalScroll(page)).toBe(false);
      await page.getByRole('button', { name: '缩小文字' }).click();
      const smaller = await bodySize();
      await page.reload();
      expect(await bodySize()).toBe(smaller);
    } finally {
      await close();
    }
  });
});

describe('without JavaScript', () => {
  it('shows articles, lists and the per-category gallery in full', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(siteUrl('people/category/laozhanshi/'));
      const visible = await page.locator('[data-people-grid] li:visible .person-card__meta').allTextContents();
      expect(visible.length).toBeGreaterThan(0);
      for (const text of visible) expect(text).toContain('老战士');
      await page.goto(siteUrl('news/'));
      await page.locator('.teaser__title a').first().click();
      expect((await page.locator('.prose').textContent())!.length).toBeGreaterThan(100);
      expect(await page.locator('.text-size').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe('the footer', () => {
  it('shows the site’s 备案 numbers from site.yaml, linked to where they are looked up', async () => {
    const { page, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl('news/'));
      const icp = page.locator('footer a', { hasText: 'ICP备' });
      expect(await icp.getAttribute('href')).toBe('https://beian.miit.gov.cn/');
      const police = page.locator('footer a', { hasText: '公网安备' });
      expect(await police.getAttribute('href')).toMatch(/^https:\/\/beian\.mps\.gov\.cn\/#\/query\/webSearch\?code=\d{14}$/);
      expect(await page.locator('footer').textContent()).toMatch(/网站标识码：\w{10}/);
    } finally {
      await close();
    }
  });
});
