// Every feed in the built site parses, carries what its spec requires, and links only to built pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { PHONE, launchBrowser, openPage, siteUrl } from './browser';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const feedsDir = join(dist, 'feeds');
const site = new URL('https://ggw.tongchuan.example/');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
}
const feedFiles = walk(feedsDir).map((f) => relative(feedsDir, f));

/** The built file an absolute URL of the site points at. */
function builtFile(url: string): string {
  const u = new URL(url);
  expect(u.origin, url).toBe(site.origin);
  const path = decodeURIComponent(u.pathname).replace(/^\//, '');
  return path.endsWith('/') || path === '' ? join(dist, path, 'index.html') : join(dist, path);
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe('feed files', () => {
  it('exist for the site, every content type, every township and topic', () => {
    for (const f of [
      'all.xml',
      'all.atom',
      'all.json',
      'news.xml',
      'people.atom',
      'stories.xml',
      'bulletins.xml',
      'townships/dongtang.xml',
      'townships/dongtang.json',
    ]) {
      expect(feedFiles).toContain(f);
    }
    const townships = readdirSync(join(dist, 'townships')).filter((d) => existsSync(join(dist, 'townships', d, 'index.html')));
    for (const t of townships) expect(feedFiles).toContain(`townships/${t}.atom`);
    expect(feedFiles.filter((f) => f.startsWith('topics/')).length).toBeGreaterThan(10);
  });

  for (const file of feedFiles) {
    it(`${file} parses, has the required elements, and every link resolves to a built page`, () => {
      const text = readFileSync(join(feedsDir, file), 'utf8');
      let links: string[];
      let dates: number[];
      if (file.endsWith('.json')) {
        const feed = JSON.parse(text);
        expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
        expect(feed.title).toBeTruthy();
        expect(feed.items.length).toBeGreaterThan(0);
        for (const item of feed.items) {
          expect(item.id && item.url && item.title && item.content_html && item.date_published).toBeTruthy();
          expect(item.date_published).toMatch(/T00:00:00\+08:00$/);
        }
        links = [feed.home_page_url, feed.feed_url, ...feed.items.map((i: { url: string }) => i.url)];
        dates = feed.items.map((i: { date_published: string }) => Date.parse(i.date_published));
      } else if (file.endsWith('.xml')) {
        const channel = xml.parse(text).rss.channel;
        expect(channel.title && channel.link && channel.description).toBeTruthy();
        const items = asList(channel.item);
        expect(items.length).toBeGreaterThan(0);
        expect(items.length).toBeLessThanOrEqual(50);
        for (const item of items) expect(item.title && item.link && item.guid && item.pubDate).toBeTruthy();
        links = [channel.link, channel['atom:link']['@href'], ...items.map((i) => i.link)];
        dates = items.map((i) => Date.parse(i.pubDate));
      } else {
        const feed = xml.parse(text).feed;
        expect(feed.id && feed.title && feed.updated).toBeTruthy();
        const entries = asList(feed.entry);
        expect(entries.length).toBeGreaterThan(0);
        for (const e of entries) expect(e.id && e.title && e.updated).toBeTruthy();
        links = [feed.id, ...entries.map((e) => asList(e.link)[0]['@href'])];
        dates = entries.map((e) => Date.parse(e.updated));
      }
      for (const link of links) expect(existsSync(builtFile(link)), `${file}: ${link}`).toBe(true);
      expect(
        [...dates].sort((a, b) => b - a),
        'newest first',
      ).toEqual(dates);
      // Images in item content are absolute and exist.
      for (const [, src] of text.matchAll(/<img src=(?:"|\\")([^"\\]+)/g))
        expect(existsSync(builtFile(src!)), `${file}: ${src}`).toBe(true);
    });
  }
});

describe('subscribing in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers the site feed on every page and the township feed on its pages', async () => {
    const { page, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl('townships/hekou/'));
      const alternates = await page.$$eval('link[rel="alternate"]', (ls) =>
        ls.map((l) => [l.getAttribute('type'), (l as HTMLLinkElement).href]),
      );
      expect(alternates).toContainEqual(['application/rss+xml', siteUrl('feeds/all.xml')]);
      expect(alternates).toContainEqual(['application/feed+json', siteUrl('feeds/townships/hekou.json')]);
      await page.goto(siteUrl('news/'));
      const onList = await page.$$eval('link[rel="alternate"]', (ls) => ls.map((l) => (l as HTMLLinkElement).href));
      expect(onList).toContain(siteUrl('feeds/all.atom'));
      expect(onList.some((h) => h.includes('townships/'))).toBe(false);
    } finally {
      await close();
    }
  });

  it('leads with the WeChat account, then bookmarking, then RSS explained, and lists every feed, each link working', async () => {
    const { page, problems, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl(''));
      await page.locator('footer a', { hasText: '订阅' }).click();
      await page.waitForURL(/\/subscribe\/$/);
      expect(await page.locator('main h2').allTextContents()).toEqual(['关注微信公众号', '收藏到手机浏览器', '用阅读器订阅（RSS）']);
      expect(await page.locator('#wechat').textContent()).toContain('桐川关工');
      expect(await page.locator('#wechat img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
      expect(await page.locator('#rss p', { hasText: '什么是订阅' }).count()).toBe(1);
      // Per-township and per-topic feeds are folded: the page is a screen or two on a phone, not nine.
      expect(await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height)).toBeLessThan(2.5 * 844);
      const hrefs = await page.$$eval('.feed-formats a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBe(feedFiles.length);
      for (const href of hrefs) {
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
      }
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
