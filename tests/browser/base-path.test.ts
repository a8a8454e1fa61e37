// Counties often publish under a sub-path of a larger site: build with base /ggw/ and check it all holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInto } from './build';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { serveDist } from './static-server';
import { checkLinks, htmlFiles } from './links';
import { PHONE, launchBrowser, openPage, siteUrl } from './browser';

const BASE = '/ggw/';
/** The main build, which the other browser tests serve. */
const MAIN_DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SITE = 'https://www.tongchuan.example';
let outDir: string;
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  // Many small index buckets, so that this build also checks that the bucket count changes nothing found.
  outDir = buildInto('ggw-base-', { BASE_PATH: BASE, SITE_URL: SITE, SEARCH_BUCKET_BYTES: '500' });
  ({ server, url } = await serveDist(outDir, BASE));
  browser = await launchBrowser();
}, 660_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe(`a site built under the sub-path ${BASE}`, () => {
  it('has no internal link, image or srcset that leaves the sub-path or points at a missing file', () => {
    expect(htmlFiles(outDir).length).toBeGreaterThan(200);
    expect(checkLinks(outDir, BASE)).toEqual([]);
  });

  it('writes absolute URLs with the sub-path into feeds, sitemap, canonical links and robots.txt', () => {
    const feed = readFileSync(join(outDir, 'feeds/all.xml'), 'utf8');
    expect(feed).toContain(`<link>${SITE}${BASE}</link>`);
    expect(feed).toContain(`${SITE}${BASE}news/`);
    expect(feed).not.toMatch(new RegExp(`${SITE}/(news|people|stories|bulletins)/`));
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE}${BASE}news/`);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${SITE}${BASE}">`);
  });

  it('lets a reader navigate from the home page to an article and its township without failed requests', async () => {
    const { page, problems, close } = await openPage(browser, PHONE);
    try {
      await page.goto(url);
      await page.locator('nav[aria-label="主导航"] a', { hasText: '工作动态' }).click();
      await page.waitForURL(`${url}news/`);
      await page.locator('.teaser__title a').first().click();
      await page.waitForURL(new RegExp(`${BASE}news/.+/$`));
      await page.locator('article .meta a').first().click();
      await page.waitForURL(new RegExp(`${BASE}townships/[a-z]+/$`));
      await page.waitForLoadState('networkidle');
      expect(problems.failedRequests).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('searches from the sub-path, with many more index buckets, finding exactly what the main build finds', async () => {
    const gramDir = readdirSync(join(outDir, 'search')).find((name) => name.startsWith('g.'))!;
    const mainGramDir = readdirSync(join(MAIN_DIST, 'search')).find((name) => name.startsWith('g.'))!;
    expect(readdirSync(join(outDir, 'search', gramDir)).length).toBeGreaterThan(
      4 * readdirSync(join(join(MAIN_DIST, 'search'), mainGramDir)).length,
    );
    const { page, problems, close } = await openPage(browser, PHONE);
    try {
      await page.goto(`${url}search/?q=${encodeURIComponent('留守儿童')}`);
      await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
      const hrefs = await page
        .locator('[data-search-results] > li a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.every((h) => h.startsWith(url))).toBe(true);
      // The main build's own search runs in a page of its own origin (the CSP allows only same-origin scripts).
      const other = await openPage(browser, PHONE);
      try {
        await other.page.goto(siteUrl(''));
        // A string, so that the test runner does not rewrite the dynamic import.
        const found = (p: typeof page, apiUrl: string, q: string): Promise<{ total: number; paths: string[] }> =>
          p.evaluate(`(async () => {
            const { search } = await import(${JSON.stringify(apiUrl)});
            const { total, results } = await search(${JSON.stringify(q)}, { limit: 500 });
            return { total, paths: results.map((r) => new URL(r.url).pathname.replace(/^\\/ggw\\//, '/')).sort() };
          })()`);
        for (const q of ['留守儿童', '輔導站', '站', '李秀英', '红色 宣讲']) {
          const small = await found(page, `${url}search/api.js`, q);
          const main = await found(other.page, siteUrl('search/api.js'), q);
          expect(small, q).toEqual(main);
          expect(small.total, q).toBeGreaterThan(0);
        }
      } finally {
        await other.close();
      }
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await close();
    }
  });
});
