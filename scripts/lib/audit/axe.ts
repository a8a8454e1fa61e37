// axe (WCAG 2.2 A/AA) on pages at the largest text step on a phone, where a layout is most likely to break.
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './lighthouse';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The A+ control's last step (0-based), as src/scripts/text-size.ts stores it. */
export const LARGEST_STEP = '5';

export async function runAxe(urls: { page: string; url: string }[]): Promise<{ page: string; violations: string[] }[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await context.addInitScript((step) => localStorage.setItem('text-size', step), LARGEST_STEP);
    const page = await context.newPage();
    const out: { page: string; violations: string[] }[] = [];
    for (const { page: name, url } of urls) {
      await page.goto(url, { waitUntil: 'load' });
      const results = await new AxeBuilder({ page: page as never }).withTags(AXE_TAGS).analyze();
      out.push({
        page: name,
        violations: results.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')})`,
        ),
      });
    }
    return out;
  } finally {
    await browser.close();
  }
}
