// What a shared link shows, and the share box readers use to send an article on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { DESKTOP, launchBrowser, openPage, siteUrl } from './browser';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const builtFile = (url: string) => {
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
  return path.endsWith('/') || !path ? `${dist}${path}index.html` : `${dist}${path}`;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const cases = [
  { path: 'news/2026-11-06-qingshan-xiaofang-anquan/', type: 'NewsArticle', og: 'article' },
  { path: 'news/2025-01-24-guihua-xie-chunlian/', type: 'NewsArticle', og: 'article' },
  { path: 'people/li-xiuying/', type: 'Person', og: 'profile' },
  { path: 'stories/2025-07-dongtang-jiari-xuexiao/', type: 'NewsArticle', og: 'article' },
  // The masthead's h1 adds 总第M期; the shared title is the issue's own title.
  { path: 'bulletins/2026-10/', type: 'PublicationIssue', og: 'article', title: '《关工动态》2026年第10期' },
];

describe('sharing an article', () => {
  for (const c of cases) {
    it(`${c.path} has a canonical URL, Open Graph tags with a real image, and ${c.type} JSON-LD`, async () => {
      const { page, close } = await openPage(browser, DESKTOP);
      try {
        await page.goto(siteUrl(c.path));
        const meta = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute('content');
        const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
        expect(canonical).toBe(`https://ggw.tongchuan.example/${c.path}`);
        expect(await meta('og:url')).toBe(canonical);
        expect(await meta('og:type')).toBe(c.og);
        expect(await meta('og:title')).toContain(c.title ?? (await page.locator('h1').textContent())!.trim());
        const image = (await meta('og:image'))!;
        expect(image).toMatch(/^https:\/\/ggw\.tongchuan\.example\/.+\.(jpg|png)$/);
        expect(existsSync(builtFile(image)), image).toBe(true);
        const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
        expect(ld['@context']).toBe('https://schema.org');
        expect(ld['@type']).toBe(c.type);
        expect(ld.url).toBe(canonical);
        if (c.type === 'PublicationIssue') {
          // Every item of the issue, in order, as a part of it.
          const parts = (ld.hasPart as { url: string; headline: string }[]).map((p) => p.headline);
          expect(parts.length).toBeGreaterThan(0);
          expect(parts).toEqual((await page.locator('.bulletin-item__title').allTextContents()).map((t) => t.trim()));
          expect(ld.isPartOf['@type']).toBe('Periodical');
          expect(await page.locator('#share-title').textContent()).toBe('分享本期');
        }
      } finally {
        await close();
      }
    });
  }

  it('copies the link and shows a QR code of it', async () => {
    const { page, close } = await openPage(browser, DESKTOP);
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(siteUrl(cases[0]!.path));
      expect(await page.locator('.share__qr svg path').count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: '复制链接' }).click();
      await expect.poll(() => page.locator('[data-share-status]').textContent()).toContain('链接已复制');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`https://ggw.tongchuan.example/${cases[0]!.path}`);
    } finally {
      await close();
    }
  });
});
