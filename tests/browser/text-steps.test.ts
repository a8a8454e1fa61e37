// The A−/A+ promise on phones: at every text step, 1 to 6, on 360×780 and 390×844 screens, every reading page
// keeps a compact header (at most 20% of the screen), never scrolls sideways, and no text block is squeezed
// under 10 characters of its own size (dates and names read across, not down). One page per screen size is
// reused; each step is one evaluate. Screenshots of the largest step go to tests/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshotViewport, siteUrl } from './browser';
import { measureReflow } from './reflow';

const STEPS = 6;
const pages: [string, string][] = [
  ['home', ''],
  ['news-list', 'news/'],
  ['article', 'news/2025-11-03-dongtang-dongji-guanai/'],
  ['township', 'townships/qingshan/'],
  ['topic', 'topics/liushou-ertong/'],
  ['story', 'stories/2025-07-dongtang-jiari-xuexiao/'],
  ['profile', 'people/li-xiuying/'],
  ['bulletin', 'bulletins/2026-04/'],
  ['search', `search/?q=${encodeURIComponent('留守儿童')}`],
];
const screens = [
  { width: 360, height: 780 },
  { width: 390, height: 844 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(page: Page, path: string): Promise<void> {
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  // The search page fills in its results after load: measure them, not the empty page.
  if (path.startsWith('search/')) await page.locator('[data-search-results] li').first().waitFor();
}

for (const screen of screens) {
  describe(`text steps on a ${screen.width}×${screen.height} phone`, () => {
    it('keeps the header within 20% of the screen, no sideways scroll, no text squeezed under 10 characters', async () => {
      const { page, problems, close } = await openPage(browser, screen);
      const failures: string[] = [];
      try {
        for (const [name, path] of pages) {
          await open(page, path);
          for (let step = 0; step < STEPS; step++) {
            const m = await measureReflow(page, step);
            const where = `${name} step ${step + 1}`;
            if (m.headerHeight > 0.2 * screen.height)
              failures.push(`${where}: header ${Math.round(m.headerHeight)}px > ${0.2 * screen.height}px`);
            if (m.horizontalScroll) failures.push(`${where}: scrolls sideways`);
            for (const n of m.narrow) failures.push(`${where}: ${n}`);
          }
          if (screen.width === 390) await screenshotViewport(page, `text-step-6-${name}`);
        }
      } finally {
        await close();
      }
      expect(failures).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    }, 240_000);
  });
}
