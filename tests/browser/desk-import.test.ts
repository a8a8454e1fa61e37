// The editors' desk in Chromium: the import page (Word file → review → restore a dropped line → draft in
// content/) and 生成网站 (a broken entry reported as its check line; a good site built, committed, deployed).
// A plain node:http server runs the desk middleware over a temporary site; no Astro process, no outside request.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/check';
import { createDeskMiddleware, type DeskMiddleware } from '@/lib/desk/server';
import { WORD_FROM_WEB, wordFromWebDocx } from '../fixtures/desk/word-from-web';
import { FIXTURES, REPO, tempSite, type TempSite } from '../fixtures/temp-site';
import { DESKTOP, launchBrowser, openPage, screenshot } from './browser';

let site: TempSite;
let deployTarget: string;
let server: Server;
let desk: DeskMiddleware;
let origin: string;
let browser: Browser;
const requests: string[] = [];

const git = (...args: string[]) => execFileSync('git', args, { cwd: site.root, encoding: 'utf8' });

beforeAll(async () => {
  site = tempSite('ggw-desk-');
  for (const file of ['2025/2025-01-08-qingshan-dongji-zoufang.md', '2025/2025-01-22-hongqi-hanjia-anquan.md']) {
    site.write(`content/news/${file}`, readFileSync(join(REPO, 'content/news', file)));
  }
  deployTarget = join(mkdtempSync(join(tmpdir(), 'ggw-desk-deploy-')), 'www');
  git('init', '--quiet');
  git('-c', 'user.name=测试', '-c', 'user.email=t@localhost', 'add', '-A');
  git('-c', 'user.name=测试', '-c', 'user.email=t@localhost', 'commit', '--quiet', '-m', '初始稿件');
  desk = createDeskMiddleware({ projectRoot: REPO, contentDir: join(site.root, 'content'), outDir: join(site.root, 'dist') });
  server = createServer((req, res) =>
    desk(req, res, () => {
      // Stands in for the CMS at /admin/ (the other half of npm run edit).
      res.writeHead(req.url?.startsWith('/admin/') ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="zh-CN"><title>CMS</title><p>CMS</p></html>');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  desk?.close();
  site?.remove();
  if (deployTarget) rmSync(join(deployTarget, '..'), { recursive: true, force: true });
  // Every request the desk's pages made stayed on this machine.
  const outside = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
  expect(requests.length).toBeGreaterThan(5);
  expect(outside).toEqual([]);
});

async function deskPage(
  path: string,
): Promise<{ page: Page; problems: { consoleErrors: string[]; failedRequests: string[] }; close: () => Promise<void> }> {
  const opened = await openPage(browser, DESKTOP);
  opened.page.context().on('request', (request) => requests.push(request.url()));
  opened.page.context().setDefaultTimeout(30_000);
  await opened.page.goto(`${origin}${path}`);
  return opened;
}

function entryFiles(): string[] {
  return site.files().filter((f) => f.startsWith('content/news/') && f.endsWith('.md'));
}

describe('导入稿件 (/admin/import/)', () => {
  it('turns a Word file into a draft: side by side review, one dropped line restored, saved and opened in the CMS', async () => {
    const { page, problems, close } = await deskPage('/admin/import/');
    await expect(page.locator('nav a[aria-current="page"]').textContent()).resolves.toBe('导入稿件');
    await page.locator('#files').setInputFiles({
      name: '河口镇宣讲.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(wordFromWebDocx()),
    });
    const review = page.locator('section.review').first();
    await review.locator('button.save').waitFor();

    // Side by side: the original keeps the share line (struck through), the entry does not have it.
    await expect(review.locator('.original p.dropped', { hasText: WORD_FROM_WEB.shareLine }).count()).resolves.toBe(1);
    await expect(review.locator('.entry').textContent()).resolves.not.toContain('朋友圈');
    await expect(review.locator('.entry').textContent()).resolves.toContain('老党员王德明');
    // The form: title, date, township by its Chinese name (id as value), author.
    await expect(review.locator('input[name="title"]').inputValue()).resolves.toBe(WORD_FROM_WEB.title);
    await expect(review.locator('input[name="date"]').inputValue()).resolves.toBe('2025-10-21');
    await expect(review.locator('select[name="township"] option:checked').textContent()).resolves.toBe('河口镇');
    await expect(review.locator('select[name="township"]').inputValue()).resolves.toBe('hekou');
    // The review note about the cut-short text.
    await expect(review.locator('.notice').textContent()).resolves.toContain('原文可能不完整');
    await expect(review.locator('.dropped-list li').count()).resolves.toBe(2);
    await screenshot(page, 'desk-import-review-1280');

    // One click puts the share line back, between the paragraphs it stood between.
    const item = review.locator('.dropped-list li', { hasText: WORD_FROM_WEB.shareLine });
    await item.getByRole('button', { name: '恢复' }).click();
    await item.getByRole('button', { name: '已恢复 · 撤销' }).waitFor();
    await review.locator('.entry .restored', { hasText: '朋友圈' }).waitFor();
    const entryText = (await review.locator('.entry').textContent())!;
    expect(entryText.indexOf('朋友圈')).toBeGreaterThan(entryText.indexOf('三百余名师生'));
    expect(entryText.indexOf('朋友圈')).toBeLessThan(entryText.indexOf('老党员王德明'));
    await review.locator('input[name="author"]').fill('李明');
    await review.locator('input[name="author"]').dispatchEvent('change');
    await page.waitForFunction(() => document.querySelector('pre.markdown')?.textContent?.includes('author: 李明'));
    await screenshot(page, 'desk-import-restored-1280');

    await review.locator('button.save').click();
    await page.waitForURL(/\/admin\/#\/collections\/news\/entries\/2025\/2025-10-21-hekou-/);
    const saved = entryFiles().filter((f) => f.includes('2025-10-21-hekou-'));
    expect(saved).toHaveLength(1);
    expect(page.url()).toBe(`${origin}/admin/#/collections/news/entries/${saved[0]!.replace('content/news/', '').replace(/\.md$/, '')}`);
    const text = readFileSync(join(site.root, saved[0]!), 'utf8');
    expect(text).toMatch(/^---\ntitle: 河口镇关工委开展“红色故事进校园”宣讲活动\ndate: 2025-10-21\ntownship: hekou\nauthor: 李明\n/);
    expect(text).toContain('draft: true');
    expect(text).toMatch(/reviewNotes: \[原文可能不完整/);
    expect(text).toMatch(/三百余名师生讲述革命先辈的红色故事。\n\n分享到：微信 朋友圈 微博 QQ空间\n\n老党员王德明/);
    expect(text).not.toContain('阅读次数');
    // The saved draft is a valid entry: no check errors.
    expect(checkContent({ root: site.root }).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await close();
  });

  it('answers a bad file with one Chinese sentence, never a stack trace, and writes nothing', async () => {
    const before = site.files();
    const { page, close } = await deskPage('/admin/import/');
    await page.locator('#files').setInputFiles([
      {
        name: '旧报告.doc',
        mimeType: 'application/msword',
        buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      },
      {
        name: '照片改名.docx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
      },
      { name: '空白.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    await page.locator('section.review .problem').nth(2).waitFor();
    const sentences = await page.locator('section.review .problem').allTextContents();
    expect(sentences[0]).toContain('另存为');
    expect(sentences[0]).toContain('.docx');
    expect(sentences[1]).toContain('不是 Word 文档');
    expect(sentences[2]).toContain('是空的');
    for (const sentence of sentences) {
      expect(sentence).not.toMatch(/Error|at \S+:\d+|undefined|\{/);
      expect(sentence.split(/[。]/).filter((s) => s.trim()).length).toBeLessThanOrEqual(1);
    }
    await expect(page.locator('button.save').count()).resolves.toBe(0);
    await screenshot(page, 'desk-import-bad-files-1280');
    expect(site.files()).toEqual(before);
    await close();
  });

  it('reviews several files at once; converts Traditional characters on request; typing a title keeps the cursor', async () => {
    const { page, problems, close } = await deskPage('/admin/import/');
    await page.locator('#files').setInputFiles([join(FIXTURES, 'web-page.html'), join(FIXTURES, 'traditional.txt')]);
    const reviews = page.locator('section.review');
    await reviews.nth(1).locator('button.save').waitFor();
    const web = reviews.nth(0);
    await expect(web.locator('.dropped-list li').count()).resolves.toBeGreaterThan(8);
    await expect(web.locator('select[name="township"] option:checked').textContent()).resolves.toBe('桂花街道');

    const traditional = reviews.nth(1);
    await expect(traditional.locator('input[name="title"]').inputValue()).resolves.toContain('關工委');
    await traditional.getByLabel('繁体字转为简体').check();
    await page.waitForFunction(() =>
      (document.querySelectorAll<HTMLInputElement>('section.review input[name="title"]')[1]?.value ?? '').includes('关工委'),
    );
    await expect(traditional.locator('.entry').textContent()).resolves.toContain('传承红色基因');

    // Typing in the title redraws the entry (new file name) but leaves the cursor in the field.
    const title = web.locator('input[name="title"]');
    await title.click();
    await title.press('End');
    await title.pressSequentially('（续）', { delay: 50 });
    await page.waitForFunction(() => document.querySelector('pre.markdown')?.textContent?.includes('（续）'));
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).resolves.toBe('title');
    await screenshot(page, 'desk-import-several-1280');
    expect(problems.consoleErrors).toEqual([]);
    await close();
  });

  it('imports pasted text; without a township in it, asks for one and saves once it is chosen', async () => {
    const { page, close } = await deskPage('/admin/import/');
    await page
      .locator('#pasted')
      .fill('关工委组织五老志愿者慰问留守儿童\n\n2025年11月2日，五老志愿者带着书包和文具走访了十二户留守儿童家庭。');
    await page.getByRole('button', { name: '导入粘贴的文字' }).click();
    const review = page.locator('section.review').first();
    await review.locator('.problem', { hasText: '乡镇' }).waitFor();
    await review.locator('select[name="township"]').selectOption({ label: '东塘镇' });
    await review.locator('button.save').waitFor();
    await review.locator('button.save').click();
    await page.waitForURL(/#\/collections\/news\/entries\/2025\/2025-11-02-dongtang-/);
    expect(entryFiles().some((f) => f.startsWith('content/news/2025/2025-11-02-dongtang-'))).toBe(true);
    await close();
  });
});

describe('生成网站 (/admin/publish/)', () => {
  it('reports a broken entry as its check line, linked to the entry in the CMS, and builds nothing', async () => {
    const broken = site.write(
      'content/news/2025/2025-11-05-broken.md',
      '---\ntitle: 一篇乡镇写错的稿件\ndate: 2025-11-05\ntownship: dongtan\n---\n正文。\n',
    );
    const { page, close } = await deskPage('/admin/publish/');
    await page.getByRole('button', { name: '生成网站' }).click();
    const line = page.locator('#problems li').first();
    await line.waitFor();
    const text = (await line.textContent())!;
    expect(text).toContain('content/news/2025/2025-11-05-broken.md');
    expect(text).toContain('township');
    expect(text).toContain('dongtan');
    expect(text).toContain('可用');
    await expect(line.locator('a').getAttribute('href')).resolves.toBe('/admin/#/collections/news/entries/2025/2025-11-05-broken');
    await page.locator('#result .problem').waitFor();
    await expect(page.locator('[data-step="build"]').getAttribute('data-status')).resolves.toBe('skipped');
    expect(existsSync(join(site.root, 'dist'))).toBe(false);
    await screenshot(page, 'desk-publish-broken-1280');
    rmSync(broken);
    await close();
  });

  it(
    'builds a good site, commits the content with the entries named, and copies it to the deploy folder',
    { timeout: 600_000 },
    async () => {
      const siteYaml = join(site.root, 'content/site.yaml');
      writeFileSync(siteYaml, `${readFileSync(siteYaml, 'utf8')}\ndeploy:\n  folder: ${deployTarget}\n`);
      const { page, close } = await deskPage('/admin/publish/');
      await expect(page.locator('.lead').textContent()).resolves.toContain(deployTarget);
      await page.getByRole('button', { name: '生成网站' }).click();
      await page.locator('#result p').waitFor({ timeout: 540_000 });
      const result = (await page.locator('#result p').textContent())!;
      const log = await page.locator('#log').textContent();
      expect(result, log ?? '').toContain('网站已生成并已发布');
      for (const step of ['check', 'build', 'commit', 'deploy']) {
        await expect(page.locator(`[data-step="${step}"]`).getAttribute('data-status')).resolves.toMatch(/ok|warning/);
      }
      expect(existsSync(join(site.root, 'dist/index.html'))).toBe(true);
      expect(existsSync(join(deployTarget, 'index.html'))).toBe(true);
      expect(readdirSync(join(deployTarget, '..')).filter((n) => n.includes('.new-') || n.includes('.old-'))).toEqual([]);
      // The commit names the imported entries and holds only content.
      const message = git('log', '-1', '--format=%B');
      expect(message).toContain('《河口镇关工委开展“红色故事进校园”宣讲活动》');
      expect(message).toContain('新增 content/news/2025/2025-10-21-hekou-');
      expect(git('status', '--porcelain', '--', 'content')).toBe('');
      await expect(page.locator('[data-step="commit"] .message').textContent()).resolves.toContain('已保存版本记录');
      await screenshot(page, 'desk-publish-done-1280');

      // Publishing again with nothing changed says so, and deploys again over the desk's own folder.
      await page.getByRole('button', { name: '生成网站' }).click();
      await page.locator('[data-step="commit"][data-status="ok"]', { hasText: '没有改动' }).waitFor({ timeout: 540_000 });
      await page.locator('#result .success').waitFor({ timeout: 120_000 });
      await close();
    },
  );
});
