// Quality gates over the built site: valid HTML, no broken links, WCAG 2.2 AA (axe) and the 适老化 rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { checkLinks, htmlFiles } from './links';
import { DESKTOP, PHONE, launchBrowser, openPage, siteUrl } from './browser';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

describe('the built HTML', () => {
  // Rules turned off in html-validate.json, and why:
  // valid-id relaxed: HTML5 allows ids that start with a digit; heading ids come from editors' headings (2025年…).
  // no-inline-style: Astro's <Picture> and the QR code SVG carry style attributes we do not write by hand.
  // long-title: Chinese titles with the site name exceed the English-centric 70 characters.
  // attribute-boolean-style, attribute-empty-style, void-style, no-trailing-whitespace: formatting of
  // Astro's compiler output, not mistakes.
  it('validates on every page (html-validate, recommended preset)', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(new URL('./html-validate.json', import.meta.url), 'utf8')));
    const problems: string[] = [];
    for (const file of htmlFiles(dist)) {
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const m of result.messages) problems.push(`${file.slice(dist.length)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no internal link, image or srcset pointing at a missing file', () => {
    expect(checkLinks(dist, '/')).toEqual([]);
  });
});

const pages = [
  '',
  'news/',
  'news/2025-11-03-dongtang-dongji-guanai/',
  'people/',
  'people/category/laojiaoshi/',
  'people/li-xiuying/',
  'stories/',
  'stories/2025-07-dongtang-jiari-xuexiao/',
  'bulletins/',
  'bulletins/2025-11/',
  'townships/',
  'townships/dongtang/',
  'townships/dongtang/news/',
  'topics/',
  'topics/liushou-ertong/',
  'archive/',
  'archive/2025/11/',
  'search/',
  'subscribe/',
  'no-such-page/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

/** Interactive elements smaller than 44×44 CSS px, except links inside running text (WCAG 2.5.8 exempts those). */
function smallTargets(page: Page): Promise<string[]> {
  return page.$$eval('a[href], button, input, select, textarea, summary', (els) =>
    els
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none' || (el as HTMLElement).offsetParent === null) return false;
        if (el.closest('.visually-hidden, .skip-link')) return false;
        // Inline links in sentences (article text, meta lines, captions) are exempt.
        if (
          el.tagName === 'A' &&
          style.display === 'inline' &&
          el.closest('p, .prose, .meta, figcaption, dd, .breadcrumbs, .toc, .honours')
        )
          return false;
        const r = el.getBoundingClientRect();
        return r.width < 44 || r.height < 44;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} “${(el.textContent ?? '').trim().slice(0, 12)}” ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`,
      ),
  );
}

for (const [size, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  describe(`accessibility and 适老化 at ${size} size`, () => {
    for (const path of pages) {
      it(`/${path} has no WCAG 2.2 AA violations, 18px+ body text and 44px targets`, async () => {
        const { page, close } = await openPage(browser, viewport);
        try {
          await page.goto(siteUrl(path), { waitUntil: 'load' });
          expect(await axeViolations(page)).toEqual([]);
          const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
          expect(bodySize).toBeGreaterThanOrEqual(18);
          expect(await smallTargets(page)).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  });
}

describe('Content-Security-Policy', () => {
  it('is set on every page and the pages break none of it (Chromium reports no violation)', async () => {
    const { page, problems, close } = await openPage(browser, DESKTOP);
    const violations: string[] = [];
    try {
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      for (const path of [
        '',
        'news/2025-11-03-dongtang-dongji-guanai/',
        'people/',
        'stories/2025-07-dongtang-jiari-xuexiao/',
        'bulletins/2025-11/',
        'search/?q=留守儿童',
      ]) {
        await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
        const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
        expect(csp).toContain("object-src 'none'");
        expect(csp).toMatch(/script-src 'self'/);
      }
      // Interactions run scripts too: filter the gallery, enlarge the text.
      await page.goto(siteUrl('people/'));
      await page.locator('[data-people-filter] a', { hasText: '老战士' }).click();
      await page.getByRole('button', { name: '放大文字' }).click();
      expect(violations).toEqual([]);
      expect(problems.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('keyboard use', () => {
  it('shows a visible focus ring and reaches the skip link first', async () => {
    const { page, close } = await openPage(browser, DESKTOP);
    try {
      await page.goto(siteUrl('news/'));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    } finally {
      await close();
    }
  });
});
