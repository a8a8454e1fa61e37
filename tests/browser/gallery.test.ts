// Story galleries on a phone: every photo full width with its caption, tap to see it large, Back to close.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PHONE, launchBrowser, openPage, siteUrl } from './browser';

const STORY = 'stories/2025-07-dongtang-jiari-xuexiao/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a story gallery', () => {
  it('shows photos as wide as the phone, each with a caption, the cover too', async () => {
    const { page, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl(STORY));
      const photos = await page.$$eval('.gallery-photo', (figs) =>
        figs.map((f) => ({
          width: f.querySelector('img')!.getBoundingClientRect().width,
          caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
        })),
      );
      expect(photos.length).toBeGreaterThan(2);
      for (const p of photos) {
        expect(p.width).toBeGreaterThanOrEqual(PHONE.width - 24);
        expect(p.caption.length).toBeGreaterThan(0);
      }
    } finally {
      await close();
    }
  });

  it('enlarges a photo on tap, steps through by keyboard, and closes with Back without leaving the page', async () => {
    const { page, problems, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl(STORY));
      const links = page.locator('[data-gallery-open]');
      const count = await links.count();
      await links.nth(1).click();
      const dialog = page.locator('dialog[data-viewer]');
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      const image = dialog.locator('img');
      await expect
        .poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(600);
      expect(await dialog.locator('[data-viewer-count]').textContent()).toBe(`第2张，共${count}张`);
      const first = await image.getAttribute('src');
      await page.keyboard.press('ArrowRight');
      expect(await dialog.locator('[data-viewer-count]').textContent()).toBe(`第3张，共${count}张`);
      expect(await image.getAttribute('src')).not.toBe(first);
      await page.goBack();
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(new URL(page.url()).pathname).toBe(new URL(siteUrl(STORY)).pathname);
      // Esc closes too, and takes its history entry with it: Back then leaves the page as usual.
      await links.first().click();
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-gallery-open'))).toBe(true);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('without JavaScript, a photo is a link to the large image', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(siteUrl(STORY));
      const href = await page.locator('[data-gallery-open]').first().getAttribute('href');
      const response = await page.request.get(new URL(href!, page.url()).toString());
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('image/');
    } finally {
      await context.close();
    }
  });
});
