// The bulletin as readers get it: the issue page on the web, the archive, the page printed, and the PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DESKTOP, PHONE, SCREENSHOT_DIR, launchBrowser, openPage, siteUrl } from './browser';
import { findChromium, renderBulletinPdfs } from '@/lib/bulletin/pdf';
import { readSiteConfig } from '@/lib/content/files';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BASE = process.env.BASE_PATH || readSiteConfig().base;
const ISSUE = '2026-10';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Text of a PDF, by pdftotext from poppler-utils. */
function pdfText(file: string): string {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('需要 pdftotext：apt-get install poppler-utils', { cause: error });
    throw error;
  }
}
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The table of contents of an issue page: section names and item titles in order. */
async function contentsOf(id: string) {
  const { page, close } = await openPage(browser, DESKTOP);
  try {
    await page.goto(siteUrl(`bulletins/${id}/`));
    return {
      masthead: (await page.locator('.bulletin-masthead__name').textContent())!.trim(),
      issue: (await page.locator('h1').textContent())!.trim(),
      sections: (await page.locator('.bulletin-toc h3').allTextContents()).map((t) => t.trim()),
      titles: (await page.locator('.bulletin-toc .toc > li > a').allTextContents()).map((t) => t.trim()),
    };
  } finally {
    await close();
  }
}

describe('an issue page', () => {
  it('reads like the printed bulletin: masthead, editor’s note, contents, then every item in full', async () => {
    const { page, problems, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl(`bulletins/${ISSUE}/`));
      expect(await page.locator('.bulletin-masthead__name').textContent()).toBe('关工动态');
      expect(await page.locator('h1').textContent()).toBe('2026年第10期（总第130期）');
      expect(await page.locator('.bulletin-masthead__meta').textContent()).toMatch(/桐川县关心下一代工作委员会办公室编印\s*2026年10月30日/);
      expect(await page.locator('#editor-note + .prose').textContent()).toContain('“五好”基层关工委创建进入收官阶段');

      const toc = page.locator('.bulletin-toc .toc > li');
      const items = page.locator('.bulletin-body .bulletin-item');
      expect(await toc.count()).toBe(5);
      expect(await items.count()).toBe(5);
      for (let i = 0; i < 5; i++) {
        const title = (await toc.nth(i).locator(':scope > a').textContent())!.trim();
        // The title goes to the item's own page; "在本期阅读" jumps to its full text below.
        expect(await toc.nth(i).locator(':scope > a').getAttribute('href')).toMatch(/\/(news|stories)\/[\w-]+\/$/);
        const jump = (await toc.nth(i).locator('.bulletin-toc__jump').getAttribute('href'))!;
        const item = page.locator(jump);
        expect(await item.locator('h3').textContent()).toBe(title);
        expect((await item.locator('.prose').textContent())!.length).toBeGreaterThan(200);
        expect(await items.nth(i).getAttribute('id')).toBe(jump.slice(1));
      }
      // Photos from the items, and a story's gallery.
      expect(await page.locator('.bulletin-body img').count()).toBeGreaterThanOrEqual(5);

      // Search indexes the masthead and the note here; the items have their own pages.
      expect(await page.locator('[data-pagefind-body] .bulletin-body[data-pagefind-ignore]').count()).toBe(1);
      expect(await page.locator('[data-pagefind-ignore] .bulletin-masthead, [data-pagefind-ignore] #editor-note').count()).toBe(0);

      await toc.nth(2).locator('.bulletin-toc__jump').click();
      await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#news-/);
      expect(await page.locator('.pager').textContent()).toContain('上一期');
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the PDF link exactly when the PDF has been made', async () => {
    const { page, close } = await openPage(browser, DESKTOP);
    try {
      for (const id of ['2025-01', '2025-02']) {
        await page.goto(siteUrl(`bulletins/${id}/`));
        const link = page.locator('.bulletin-pdf a');
        const made = existsSync(`${DIST}bulletins/${id}.pdf`);
        expect(await link.isVisible()).toBe(made);
        // Until then it is not a link at all, so no page points at a missing file.
        expect(await link.getAttribute('href')).toBe(made ? `${BASE}bulletins/${id}.pdf` : null);
      }
    } finally {
      await close();
    }
  });
});

describe('the archive', () => {
  it('shows the issues by year, newest first, as small covers with their lead headlines', async () => {
    const { page, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl('bulletins/'));
      expect(await page.locator('.year-block h2').allTextContents()).toEqual(['2026年', '2025年']);
      const first = page.locator('a.bulletin-card').first();
      expect(await first.locator('.bulletin-card__name').textContent()).toBe('关工动态');
      expect(await first.locator('.bulletin-card__issue').textContent()).toContain('2026年第10期（总第130期）');
      const { titles } = await contentsOf(ISSUE);
      expect((await first.locator('li').allTextContents()).map((t) => t.trim())).toEqual(titles.slice(0, 3));
      expect(await page.locator('.year-block').nth(1).locator('a.bulletin-card').count()).toBe(12);
    } finally {
      await close();
    }
  });
});

describe('on paper', () => {
  it('prints as an A4 bulletin: masthead, red rule, sections, no website around it', async () => {
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await page.goto(siteUrl(`bulletins/${ISSUE}/`));
      await page.emulateMedia({ media: 'print' });
      for (const hidden of [
        '.site-header',
        '.site-footer',
        '.breadcrumbs',
        '.bulletin-pdf',
        '.pager',
        '.bulletin-toc__jump',
        '.bulletin-item__links',
        '.reading__side',
      ]) {
        expect(await page.locator(hidden).first().isVisible(), `${hidden} should not print`).toBe(false);
      }
      const style = (selector: string, property: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
      expect(await style('.bulletin-masthead__name', 'color')).toBe('rgb(192, 0, 0)');
      expect(await style('.bulletin-masthead__rule', 'border-top-color')).toBe('rgb(192, 0, 0)');
      expect(await style('.bulletin-section__title', 'break-after')).toBe('avoid');
      expect(await style('.bulletin-item__title', 'break-after')).toBe('avoid');
      expect(await style('.bulletin-item__text', 'line-break')).toBe('strict');
      expect(await style('.bulletin-item__figure', 'break-inside')).toBe('avoid');
      expect(await page.locator('.bulletin-section__title').allTextContents()).toEqual((await contentsOf(ISSUE)).sections);
      await page.screenshot({ path: `${SCREENSHOT_DIR}print-bulletin.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it(`saves ${ISSUE} as a PDF with the masthead, every item title in order, fonts and document information`, async () => {
    expect(findChromium(), 'Chromium is needed for the PDF').toBeTruthy();
    const started = Date.now();
    const [result] = await renderBulletinPdfs({ dist: DIST, base: BASE, only: [ISSUE], force: true, chromium: findChromium()!, browser });
    const ms = Date.now() - started;
    expect(result).toMatchObject({ id: ISSUE, status: 'rendered' });
    expect(result!.pages).toBeGreaterThanOrEqual(3);
    expect(result!.pages).toBeLessThanOrEqual(10);
    expect(result!.bytes).toBeLessThan(3_000_000);
    expect(ms).toBeLessThan(30_000);

    const text = pdfText(result!.pdf);
    const flat = squeeze(text);
    const { masthead, issue, sections, titles } = await contentsOf(ISSUE);
    expect(flat.startsWith(squeeze(masthead))).toBe(true);
    expect(flat).toContain(squeeze(issue));
    expect(flat).toContain('桐川县关心下一代工作委员会办公室编印');
    // Every title in order twice: in the table of contents, then above its full text, each under its section.
    let at = 0;
    for (const title of [...titles, ...titles]) {
      const found = flat.indexOf(squeeze(title), at);
      expect(found, `“${title}” after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
    for (const section of sections) expect(flat).toContain(`【${section}】`);
    expect(text).toMatch(/—\s*1\s*—/); // page numbers
    expect(text).not.toMatch(/下载本期|回到目录|主导航|人名、地名/);

    const info = execFileSync('pdfinfo', [result!.pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+《关工动态》2026年第10期（总第130期）/);
    expect(info).toMatch(/Author:\s+桐川县关心下一代工作委员会办公室/);
    expect(info).toMatch(/Subject:\s+.*2026年10月/);
    expect(info).toMatch(/Keywords:\s+关工动态/);
    expect(info).toMatch(/Page size:\s+594.96 x 841.92 pts \(A4\)/);
    expect(info).toMatch(/Tagged:\s+yes/);
    // The first and last pages as pictures, to look at beside the print screenshot.
    for (const n of [1, result!.pages]) {
      execFileSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        '-f',
        String(n),
        '-l',
        String(n),
        '-singlefile',
        result!.pdf,
        `${SCREENSHOT_DIR}pdf-bulletin-page${n === 1 ? '1' : '-last'}`,
      ]);
    }
    const fonts = execFileSync('pdffonts', [result!.pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, 'every font embedded').toMatch(/\byes\s+(yes|no)\s+yes\b/);

    // Up to date now: a second run skips it, and the issue page links the PDF.
    const [again] = await renderBulletinPdfs({ dist: DIST, base: BASE, only: [ISSUE], chromium: findChromium()!, browser });
    expect(again!.status).toBe('up-to-date');
    expect(statSync(result!.pdf).mtimeMs).toBeGreaterThanOrEqual(statSync(`${DIST}bulletins/${ISSUE}/index.html`).mtimeMs);
    const { page, close } = await openPage(browser, PHONE);
    try {
      await page.goto(siteUrl(`bulletins/${ISSUE}/`));
      const link = page.locator('.bulletin-pdf a');
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('download')).toBe('关工动态2026年第10期.pdf');
      const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).toString());
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
    } finally {
      await close();
    }
  });
});
