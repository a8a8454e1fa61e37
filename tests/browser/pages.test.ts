// Every page type, as a reader on a phone and on a desktop sees it, against the built site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, hasHorizontalScroll, launchBrowser, openPage, screenshot, siteUrl } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The first link matching `selector` on a list page, as a site-relative path. */
async function firstLink(page: Page, listPath: string, selector: string): Promise<string> {
  await page.goto(siteUrl(listPath));
  const href = await page.locator(selector).first().getAttribute('href');
  expect(href, `${listPath} 应当有 ${selector}`).toBeTruthy();
  return new URL(href!, page.url()).pathname;
}

const pageTypes: { name: string; path: (page: Page) => Promise<string>; h1: RegExp }[] = [
  { name: 'home', path: async () => '', h1: /关心下一代工作委员会/ },
  { name: 'news-list', path: async () => 'news/', h1: /^工作动态$/ },
  { name: 'news-list-page-2', path: async () => 'news/page/2/', h1: /工作动态（第2页）/ },
  { name: 'news-item', path: (p) => firstLink(p, 'news/', '.teaser__title a'), h1: /.{4,}/ },
  { name: 'people', path: async () => 'people/', h1: /^五老风采$/ },
  { name: 'person', path: async () => 'people/li-xiuying/', h1: /^李秀英$/ },
  { name: 'stories', path: async () => 'stories/', h1: /^活动纪实$/ },
  { name: 'story', path: (p) => firstLink(p, 'stories/', '.teaser__title a'), h1: /.{4,}/ },
  { name: 'bulletins', path: async () => 'bulletins/', h1: /《关工动态》/ },
  { name: 'bulletin', path: (p) => firstLink(p, 'bulletins/', 'a.bulletin-card'), h1: /\d{4}年第\d+期/ },
  { name: 'townships', path: async () => 'townships/', h1: /乡镇/ },
  { name: 'township', path: async () => 'townships/dongtang/', h1: /^东塘镇关工委$/ },
  { name: 'township-news', path: async () => 'townships/dongtang/news/', h1: /^东塘镇工作动态$/ },
  { name: 'topics', path: async () => 'topics/', h1: /^专题$/ },
  { name: 'topic', path: (p) => firstLink(p, 'topics/', '.tags a'), h1: /^专题：/ },
  { name: 'archive', path: async () => 'archive/', h1: /^按月浏览$/ },
  { name: 'archive-month', path: (p) => firstLink(p, 'archive/', '.place-list a'), h1: /^\d{4}年\d{1,2}月$/ },
  { name: 'search', path: async () => 'search/', h1: /^搜索$/ },
  { name: 'not-found', path: async () => 'no-such-page/', h1: /找不到这个页面/ },
];

for (const [size, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  describe(`every page type at ${size} size (${viewport.width}×${viewport.height})`, () => {
    for (const type of pageTypes) {
      it(`renders ${type.name} with its content, without errors or horizontal scrolling`, async () => {
        const { page, problems, close } = await openPage(browser, viewport);
        try {
          const path = await type.path(page);
          problems.consoleErrors.length = 0;
          problems.failedRequests.length = 0;
          const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
          expect(response?.status()).toBe(type.name === 'not-found' ? 404 : 200);
          await expect.poll(() => page.locator('h1').first().textContent()).toMatch(type.h1);
          // Header, navigation, search box and footer on every page.
          expect(await page.locator('nav[aria-label="主导航"] a').count()).toBeGreaterThanOrEqual(8);
          // One search box: in the header, or on the search page its own.
          expect(await page.locator(type.name === 'search' ? 'main input[name="q"]' : 'header input[name="q"]').count()).toBe(1);
          expect(await page.locator('input[name="q"]').count()).toBe(1);
          expect(await page.locator('footer.site-footer').textContent()).toContain('关心下一代工作委员会');
          // Lazy images below the fold: make every image load now, then check none is broken.
          await page.evaluate(async () => {
            const imgs = [...document.images];
            imgs.forEach((img) => (img.loading = 'eager'));
            await Promise.all(
              imgs.map((img) =>
                img.complete
                  ? null
                  : new Promise((resolve) => {
                      img.addEventListener('load', resolve, { once: true });
                      img.addEventListener('error', resolve, { once: true });
                    }),
              ),
            );
          });
          await page.waitForLoadState('networkidle');
          const broken = await page.$$eval('img', (imgs) =>
            imgs.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.currentSrc || img.src),
          );
          expect(broken, 'broken images').toEqual([]);
          const unsized = await page.$$eval(
            'img',
            (imgs) => imgs.filter((img) => !img.getAttribute('width') || !img.getAttribute('height')).length,
          );
          expect(unsized, 'images without width/height cause layout shift').toBe(0);
          if (type.name !== 'not-found') expect(problems.failedRequests).toEqual([]);
          // The 404 page's own status is logged by Chromium; anything else is a real error.
          const ownStatus = (e: string) => type.name === 'not-found' && e.includes(`${siteUrl(path)}: Failed to load resource`);
          expect(problems.consoleErrors.filter((e) => !ownStatus(e))).toEqual([]);
          if (size === 'phone') expect(await hasHorizontalScroll(page)).toBe(false);
          await page.evaluate(() => window.scrollTo(0, 0));
          await screenshot(page, `${size}-${type.name}`);
        } finally {
          await close();
        }
      });
    }
  });
}
