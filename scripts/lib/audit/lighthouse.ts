// Lighthouse (npm `lighthouse`) on one page in Debian's Chromium, mobile or desktop, one fresh browser per run.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import type { FormFactor, LighthouseRow } from './report';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** The flags the project's browser tests use (see toolchain notes): no sandbox in containers, nothing in the background. */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export async function runLighthouse(url: string, page: string, formFactor: FormFactor, seoExempt = false): Promise<LighthouseRow> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse 没有结果：${url}`);
    const { categories, audits } = result.lhr;
    const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
    return {
      page,
      formFactor,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls: Number(audits['cumulative-layout-shift']?.numericValue ?? 0),
      seoExempt,
    };
  } finally {
    chrome.kill();
  }
}

/** Titles of the audits that lost points on a page, for finding what to fix. */
export function failingAudits(lhr: {
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode?: string }>;
}): string[] {
  return Object.entries(lhr.audits)
    .filter(([, a]) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
    .map(([id, a]) => `${id}: ${a.title}`);
}
