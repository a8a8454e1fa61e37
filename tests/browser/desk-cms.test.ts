// The desk's CMS (/admin/) as an editor uses it on one PC: `npm run edit`, "使用本地仓库", a new news item
// through the form, saved into the project folder. The folder picker is replaced by a folder in the
// browser's private file system that the test fills with part of the demo content; what the CMS writes
// there is read back into a temporary site, which `npm run check` must accept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DESKTOP, launchBrowser, screenshot } from './browser';
import { startDesk, type Desk } from './desk-server';
import { REPO, runScript, tempSite } from '../fixtures/temp-site';

/** The part of the demo county copied into the editor's "project folder". */
const PROJECT_FILES = [
  'content/site.yaml',
  'content/townships.yaml',
  'content/news/2025/2025-11-03-dongtang-dongji-guanai.md',
  'content/news/2025/2025-11-03-dongtang-dongji-guanai.jpg',
  'content/people/li-xiuying.md',
  'content/people/li-xiuying.jpg',
  'content/people/luo-changgen.md',
  'content/people/luo-changgen.jpg',
  'content/stories/2025-07-dongtang-jiari-xuexiao/index.md',
  ...[1, 2, 3, 4, 5].map((n) => `content/stories/2025-07-dongtang-jiari-xuexiao/${n}.jpg`),
];
const PHOTO = join(REPO, 'content/news/2025/2025-11-06-hongqi-ganju-caizhai.jpg');

let browser: Browser;
let desk: Desk;
let context: BrowserContext;
let page: Page;
/** Every request the desk's page made, in order. */
const requests: string[] = [];
/** Uncaught errors and console errors of the page. */
const errors: string[] = [];

beforeAll(async () => {
  [browser, desk] = await Promise.all([launchBrowser(), startDesk()]);
  context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', deviceScaleFactor: 1 });
  context.setDefaultTimeout(30_000);
  context.on('request', (request) => requests.push(request.url()));
  // The folder picker hands over a folder of the browser's private file system (OPFS) instead.
  await context.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('project', { create: true });
  });
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  context.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.url()} → ${response.status()}`);
  });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await desk?.stop();
});

/** Writes files (path → bytes, base64) into the private "project" folder, with an empty .git beside them. */
async function fillProjectFolder(files: Record<string, string>): Promise<void> {
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('project', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, base64] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, files);
}

/** Every file under the private "project" folder's content/, path → bytes (base64). */
function readProjectFolder(): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          out[`${prefix}${name}`] = btoa(binary);
        }
      }
    };
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('project');
    await walk(await root.getDirectoryHandle('content'), 'content/');
    return out;
  });
}

/** Polls patiently: the machine is shared and the CMS renders as it goes. */
const WAIT = { timeout: 30_000 };

const field = (keyPath: string) => page.locator(`section[data-key-path="${keyPath}"]`);

/** What a field's inputs hold (a form's contents are values, not page text). */
const valuesIn = (keyPath: string) =>
  field(keyPath)
    .locator('input')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

/** The form renders its fields as they scroll into view: scroll until the field is there. */
async function revealField(keyPath: string) {
  await page.mouse.move(640, 500);
  await expect
    .poll(
      async () => {
        if (await field(keyPath).count()) return true;
        await page.mouse.wheel(0, 600);
        return false;
      },
      { timeout: 30_000 },
    )
    .toBe(true)
    .catch(() => {
      throw new Error(`表单里一直没有出现字段 ${keyPath}`);
    });
  await field(keyPath).scrollIntoViewIfNeeded();
  return field(keyPath);
}

/** Screenshots only once the CMS's page transitions have finished. */
async function settledScreenshot(name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await screenshot(page, name);
}

describe('the desk’s CMS on one PC (local folder)', () => {
  it('opens in Chinese with the desk bar and only the local-folder sign-in', { timeout: 120_000 }, async () => {
    await page.goto(`${desk.url}/admin/`);
    const local = page.getByRole('button', { name: '使用本地仓库' });
    await expect.poll(() => local.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await page.getByRole('button', { name: /Gitea/ }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '使用访问令牌登录' }).isVisible()).toBe(false);
    const bar = page.getByRole('navigation', { name: '编辑台' });
    expect(await bar.getByRole('link').allInnerTexts()).toEqual(['编辑内容', '导入稿件', '起草《关工动态》', '生成网站', '查看网站']);
    expect(await bar.getByRole('link', { name: '导入稿件' }).getAttribute('href')).toBe('/admin/import/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await settledScreenshot('desk-cms-signin-1280');
  });

  it('works in the chosen folder and lists its entries by collection', { timeout: 120_000 }, async () => {
    await fillProjectFolder(Object.fromEntries(PROJECT_FILES.map((f) => [f, readFileSync(join(REPO, f)).toString('base64')])));
    await page.getByRole('button', { name: '使用本地仓库' }).click();
    const collections = page.getByRole('navigation', { name: '集合列表' }).or(page.getByLabel('集合列表'));
    await expect.poll(() => collections.first().innerText(), { timeout: 60_000 }).toContain('工作动态');
    for (const label of ['工作动态', '五老典型', '活动纪实', '《关工动态》', '网站设置']) {
      expect(await collections.first().innerText()).toContain(label);
    }
    await expect.poll(() => page.getByText('东塘镇关工委召开冬季留守儿童关爱工作推进会').first().isVisible(), WAIT).toBe(true);
    await settledScreenshot('desk-cms-list-1280');
  });

  it(
    'creates a news item through the form: Chinese title, pinyin file name, township and village from lists, date, photo, body',
    { timeout: 120_000 },
    async () => {
      await page.locator('button', { hasText: '新建' }).first().click();
      const title = page.getByRole('textbox', { name: '标题' });
      const slug = page.getByRole('textbox', { name: '文件名（拼音）' });
      // Type only once the form stands still, as an editor would: on a busy machine a title filled while
      // the new-entry form was still opening was sometimes not seen by the file-name field (CI, Dec 2026).
      await expect.poll(() => slug.isVisible(), WAIT).toBe(true);
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      await title.fill('东塘镇关工委开展冬季防火安全进万家活动');
      // The file name's pinyin follows the title, from the same words the importer would pick.
      await expect.poll(() => slug.inputValue(), WAIT).toBe('dongji-fanghuo');
      await field('date').locator('input[type="date"]').fill('2026-11-20');
      await page.getByRole('combobox', { name: '乡镇（街道）' }).click();
      await page.getByRole('option', { name: '东塘镇' }).click();
      // The village list offers only the chosen township's villages.
      await page.getByRole('combobox', { name: '村（社区）' }).click();
      const villages = (await page.getByRole('option').allInnerTexts()).map((text) => text.split('\n')[0]);
      expect(villages).toEqual(['(无)', '东塘社区', '荷花村', '上湾村', '下湾村', '马桥村']);
      await page.getByRole('option', { name: '荷花村' }).click();
      // Another township: a village of the first no longer fits and is cleared; back, and choose again.
      await page.getByRole('combobox', { name: '乡镇（街道）' }).click();
      await page.getByRole('option', { name: '河口镇' }).click();
      // 河口镇 has four villages: few enough for buttons, nothing chosen.
      await expect
        .poll(() => field('village').locator('label').allInnerTexts(), WAIT)
        .toEqual(['(无)', '河口社区', '渡口村', '红军桥村', '芦湾村']);
      expect(await field('village').locator('[role="radio"][aria-checked="true"]').getAttribute('value')).toBe('');
      await page.getByRole('combobox', { name: '乡镇（街道）' }).click();
      await page.getByRole('option', { name: '东塘镇' }).click();
      await page.getByRole('combobox', { name: '村（社区）' }).click();
      await page.getByRole('option', { name: '荷花村' }).click();
      await settledScreenshot('desk-cms-new-news-top-1280');
      await page.getByRole('textbox', { name: '通讯员' }).fill('陈立新');
      await field('cover').locator('input[type="file"]').first().setInputFiles(PHOTO);
      await page.getByRole('textbox', { name: /封面图说明/ }).fill('老人和孩子在果园里摘柑橘');
      const body = (await revealField('body')).locator('[contenteditable="true"]').first();
      await body.click();
      await page.keyboard.type('11月20日，东塘镇关工委组织“五老”志愿者走进荷花村，逐户检查留守儿童家庭的取暖用电。');
      await settledScreenshot('desk-cms-new-news-1280');
      await page.getByRole('button', { name: '保存' }).click();
      await expect
        .poll(async () => Object.keys(await readProjectFolder()).filter((f) => f.startsWith('content/news/2026/')), { timeout: 60_000 })
        .toContain('content/news/2026/2026-11-20-dongtang-dongji-fanghuo.md');
      await settledScreenshot('desk-cms-saved-news-1280');
    },
  );

  it('wrote the entry as the site expects it, and npm run check accepts the folder', { timeout: 120_000 }, async () => {
    const files = await readProjectFolder();
    const site = tempSite('ggw-desk-cms-');
    try {
      for (const [path, base64] of Object.entries(files)) site.write(path, Buffer.from(base64, 'base64'));
      const newFiles = site.files().filter((f) => f.startsWith('content/news/2026/'));
      const text = readFileSync(join(site.root, 'content/news/2026/2026-11-20-dongtang-dongji-fanghuo.md'), 'utf8');
      const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
      expect(frontmatter).toMatchObject({
        title: '东塘镇关工委开展冬季防火安全进万家活动',
        township: 'dongtang',
        village: 'hehua',
        author: '陈立新',
        coverAlt: '老人和孩子在果园里摘柑橘',
      });
      expect(String(frontmatter.date)).toBe('2026-11-20');
      // The form-only file-name field never reaches the file.
      expect(frontmatter).not.toHaveProperty('fileSlug');
      // The photo sits next to the entry and the entry points at it.
      expect(frontmatter.cover).toBe('./2025-11-06-hongqi-ganju-caizhai.jpg');
      expect(newFiles).toEqual([
        'content/news/2026/2025-11-06-hongqi-ganju-caizhai.jpg',
        'content/news/2026/2026-11-20-dongtang-dongji-fanghuo.md',
      ]);
      expect(readFileSync(join(site.root, newFiles[0]!))).toEqual(readFileSync(PHOTO));
      expect(text).toContain('逐户检查留守儿童家庭的取暖用电');
      const check = await runScript('check.ts', ['--root', site.root]);
      expect(check.code, check.stdout + check.stderr).toBe(0);
    } finally {
      site.remove();
    }
  });

  it('creates a story in a folder of its own, the gallery photo beside its index.md', { timeout: 150_000 }, async () => {
    await page.goto(`${desk.url}/admin/#/collections/stories/new`);
    await page.getByRole('textbox', { name: '标题' }).fill('荷花村“五老”冬季送温暖');
    // Place names are left out of the pinyin, as the importer does: 荷花村 is in the township already.
    await expect.poll(() => page.getByRole('textbox', { name: '文件名（拼音）' }).inputValue(), WAIT).toBe('wulao-dongji');
    await field('date').locator('input[type="date"]').fill('2026-11-25');
    const townships = await revealField('townships');
    await townships.getByRole('combobox').first().click();
    await page.getByRole('option', { name: '东塘镇' }).click();
    // Close the list by clicking beside it (Escape would close the whole editor).
    await townships.locator('header').first().click();
    const gallery = await revealField('gallery');
    await gallery.getByRole('button', { name: /添加/ }).first().click();
    await field('gallery.0.image').locator('input[type="file"]').first().setInputFiles(PHOTO);
    await field('gallery.0.caption').getByRole('textbox').fill('“五老”把棉被送到孩子家里');
    const body = (await revealField('body')).locator('[contenteditable="true"]').first();
    await body.click();
    await page.keyboard.type('11月25日，荷花村关工小组的“五老”给留守儿童送去棉被和手套。');
    await settledScreenshot('desk-cms-new-story-1280');
    await page.getByRole('button', { name: '保存' }).click();
    const folder = 'content/stories/2026-11-dongtang-wulao-dongji/';
    await expect
      .poll(
        async () =>
          Object.keys(await readProjectFolder())
            .filter((f) => f.startsWith(folder))
            .sort(),
        { timeout: 60_000 },
      )
      .toEqual([`${folder}2025-11-06-hongqi-ganju-caizhai.jpg`, `${folder}index.md`]);
    const files = await readProjectFolder();
    const text = Buffer.from(files[`${folder}index.md`]!, 'base64').toString('utf8');
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    expect(frontmatter).toMatchObject({
      title: '荷花村“五老”冬季送温暖',
      townships: ['dongtang'],
      gallery: [{ image: './2025-11-06-hongqi-ganju-caizhai.jpg', caption: '“五老”把棉被送到孩子家里' }],
    });
    expect(frontmatter).not.toHaveProperty('fileSlug');
  });

  it('edits townships.yaml and site.yaml as forms', { timeout: 150_000 }, async () => {
    await page.goto(`${desk.url}/admin/#/collections/settings/entries/townships`);
    // The townships in registry order, each with its id and name (the form renders them as they scroll in).
    await page
      .locator('section[data-key-path="townships.1.name"]')
      .waitFor({ state: 'attached', timeout: 60_000 })
      .catch((error: Error) => {
        throw new Error(`${error.message}\n${errors.join('\n')}`);
      });
    await expect.poll(() => valuesIn('townships'), WAIT).toEqual(expect.arrayContaining(['chengguan', '城关镇', 'guihua', '桂花街道']));
    await settledScreenshot('desk-cms-townships-1280');
    // Only looking changes nothing: nothing to save.
    expect(await page.getByRole('button', { name: '保存' }).isDisabled()).toBe(true);
    await page.goto(`${desk.url}/admin/#/collections/news`);
    await page.getByText('东塘镇关工委召开冬季留守儿童关爱工作推进会').first().waitFor();
    await page.goto(`${desk.url}/admin/#/collections/settings/entries/site`);
    await expect.poll(() => page.getByRole('textbox', { name: '网站名称' }).inputValue(), WAIT).toBe('桐川关工');
    await settledScreenshot('desk-cms-settings-1280');
  });

  it('shows a 五老 profile with its category and honours', { timeout: 120_000 }, async () => {
    await page.goto(`${desk.url}/admin/#/collections/people/entries/li-xiuying`);
    await expect.poll(() => page.getByRole('textbox', { name: '姓名' }).inputValue(), { timeout: 30_000 }).toBe('李秀英');
    // Five categories: few enough to show all at once.
    expect(await field('category').getByRole('radio').count()).toBe(5);
    expect(await page.getByRole('radio', { name: '老教师' }).isChecked()).toBe(true);
    // The portrait beside the profile is found and shown.
    const portrait = (await revealField('portrait')).locator('img').first();
    await expect.poll(() => portrait.evaluate((img) => (img as HTMLImageElement).naturalWidth), WAIT).toBeGreaterThan(0);
    await settledScreenshot('desk-cms-person-portrait-1280');
    await page.mouse.wheel(0, -10_000);
    const honours = await revealField('honours');
    // The first honour open, the others folded to one line each.
    await expect.poll(() => valuesIn('honours'), WAIT).toEqual(expect.arrayContaining(['2012', '东塘镇优秀关工小组组长']));
    expect(await honours.innerText()).toMatch(/3\s*荣誉/);
    await settledScreenshot('desk-cms-person-1280');
  });

  it('offers a bulletin’s sections from site.yaml and its items among published news and stories', { timeout: 120_000 }, async () => {
    await page.goto(`${desk.url}/admin/#/collections/bulletins/new`);
    const contents = await revealField('contents');
    await contents.getByRole('button', { name: /添加/ }).first().click();
    const section = field('contents.0.section');
    await expect.poll(() => section.locator('label').allInnerTexts(), WAIT).toEqual(['工作动态', '基层风采', '五老风采', '活动纪实']);
    await section.getByRole('radio', { name: '工作动态' }).click();
    const items = field('contents.0.items');
    await items.getByRole('button', { name: /添加/ }).first().click();
    await items.getByRole('combobox').first().click();
    // Every published news item and story of the site, newest first, by kind, date and title.
    const choices = (await page.getByRole('option').allInnerTexts()).map((t) => t.split('\n')[0]!);
    expect(choices.length).toBeGreaterThan(90);
    for (const choice of choices.filter((c) => c !== '(无)')) expect(choice).toMatch(/^(新闻|活动纪实) \d{4}-\d{2}-\d{2} \S/);
    await page.getByRole('option', { name: '新闻 2025-11-03 东塘镇关工委召开冬季留守儿童关爱工作推进会' }).click();
    await settledScreenshot('desk-cms-bulletin-1280');
  });

  it('serves the desk on 127.0.0.1 only', async () => {
    expect(desk.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const port = Number(new URL(desk.url).port);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal && i.family === 'IPv4')
      .map((i) => i!.address);
    for (const address of others) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port, timeout: 5_000 }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
        socket.on('timeout', () => {
          socket.destroy();
          resolve(false);
        });
      });
      expect(reached, `${address}:${port}`).toBe(false);
    }
  });

  it('had no page errors and no failed requests', () => {
    expect(errors).toEqual([]);
  });

  it('asked nothing of any address but 127.0.0.1', () => {
    const outside = requests.filter((url) => !/^(https?:\/\/127\.0\.0\.1[:/]|blob:http:\/\/127\.0\.0\.1[:/]|data:)/.test(url));
    expect(requests.length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });
});
