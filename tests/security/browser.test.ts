// The hostile pages in a real Chromium, with the site's CSP and with it removed: the sanitizer alone must hold.
// Nothing may run (no PWNED() call, no dialog, no CSP violation), navigate, refresh or load from evil.example.
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../browser/browser';
import { serveDist } from '../browser/static-server';

const PAGES = [
  'news/2026-01-05-hostile/',
  'news/2026-01-06-hostile-mdx/',
  'stories/2026-01-hostile/',
  'people/hostile/',
  'bulletins/2026-01/',
  'townships/eyi/',
  'search/?q=%E6%B4%BB%E5%8A%A8',
];

interface Observed {
  ran: string[];
  dialogs: string[];
  navigations: string[];
  hostileRequests: string[];
  violations: string[];
  dom: string[];
}

let browser: Browser;
let server: Server;
let origin = '';

beforeAll(async () => {
  let url: string;
  ({ server, url } = await serveDist(inject('hostileDist'), '/'));
  origin = new URL(url).origin;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

async function visit(path: string, withCsp: boolean): Promise<Observed> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  context.setDefaultTimeout(30_000);
  const seen: Observed = { ran: [], dialogs: [], navigations: [], hostileRequests: [], violations: [], dom: [] };
  await context.exposeBinding('__reportRun', (_source, what: string) => seen.ran.push(what));
  // Every payload calls PWNED(); CSP violations are what a blocked payload leaves behind.
  await context.addInitScript(() => {
    const w = window as unknown as { PWNED: () => void; __reportRun: (s: string) => void };
    w.PWNED = () => w.__reportRun(`PWNED() on ${location.pathname}`);
    document.addEventListener('securitypolicyviolation', (e) => w.__reportRun(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      // The allowed video players may load in their frames; anything from evil.example, or the page itself leaving, may not.
      const leavesPage = route.request().isNavigationRequest() && route.request().frame().parentFrame() === null;
      if (/evil\.example/.test(url.hostname) || leavesPage) seen.hostileRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    if (withCsp || route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
    return route.fulfill({ response, body: html });
  });
  const page: Page = await context.newPage();
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && seen.navigations.length === 0 && !frame.url().startsWith(`${origin}/${path.split('?')[0]}`))
      seen.navigations.push(frame.url());
  });
  await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
  // Broken images fire onerror, refreshes and lazy frames start: wait until the network is quiet.
  await page.waitForLoadState('networkidle');
  if (path.startsWith('search/')) await page.locator('[data-search-results] li').first().waitFor();
  expect(await page.evaluate(() => !!document.querySelector('meta[http-equiv="content-security-policy" i]'))).toBe(withCsp);
  seen.dom = await page.evaluate(() => {
    const problems: string[] = [];
    const allowed = ['http:', 'https:', 'mailto:', 'tel:'];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) if (attr.startsWith('on')) problems.push(`<${el.localName}> ${attr}`);
      for (const prop of ['href', 'src', 'action', 'formAction', 'data', 'poster'] as const) {
        const value = (el as unknown as Record<string, unknown>)[prop];
        if (typeof value === 'string' && value && el.hasAttribute(prop === 'formAction' ? 'formaction' : prop.toLowerCase())) {
          try {
            if (!allowed.includes(new URL(value).protocol)) problems.push(`<${el.localName}> ${prop}=${value.slice(0, 60)}`);
          } catch {
            problems.push(`<${el.localName}> ${prop} 无法解析`);
          }
        }
      }
    }
    for (const el of document.querySelectorAll('meta[http-equiv="refresh" i], base, object, embed, svg script, math'))
      problems.push(`<${el.localName}>`);
    for (const el of document.querySelectorAll('iframe'))
      if (!/^(player\.bilibili\.com|v\.qq\.com|player\.youku\.com|open\.iqiyi\.com)$/.test(new URL(el.src, location.href).hostname))
        problems.push(`<iframe src=${el.src}>`);
    for (const el of document.querySelectorAll('main form'))
      if (new URL((el as HTMLFormElement).action).origin !== location.origin)
        problems.push(`<form action=${(el as HTMLFormElement).action}>`);
    return problems;
  });
  await context.close();
  return seen;
}

describe.each([true, false])('hostile pages in Chromium, CSP %s', (withCsp) => {
  for (const path of PAGES) {
    it(`nothing runs, navigates or loads from elsewhere: ${path}`, async () => {
      const seen = await visit(path, withCsp);
      expect(seen).toEqual({ ran: [], dialogs: [], navigations: [], hostileRequests: [], violations: [], dom: [] });
    });
  }
});
