// `npm run pdf`: each built issue page printed to dist/bulletins/<id>.pdf by headless Chromium.
//
// The pages are served to Chromium straight from dist/ through Playwright's request interception (no
// server, no network). Chromium prints with the issue page's print stylesheet (A4, page numbers in
// @page margin boxes); pdf-lib then writes the document information (title, author, subject, keywords)
// that Chromium cannot. The PDF link on the issue page stays hidden until its PDF exists.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import type { Browser, BrowserContext } from 'playwright-core';
import { PDF_LINK_ATTRIBUTE, bulletinPdfFile } from './view';
import { contentTypeOf } from '../mime-types';

export const CHROMIUM_INSTALL_HINT = 'apt-get install chromium fonts-noto-cjk';
/** Bump when the way PDFs are made changes, so cached PDFs are not reused. */
const RENDER_VERSION = 'bulletin-pdf-1';
/** Screen the page is loaded at before printing: with 2× pixels it picks images of about 250–400 dpi at their printed sizes. */
const VIEWPORT = { width: 800, height: 1130 };
const PIXEL_RATIO = 2;
/** Chromium only ever sees this origin; every request is answered from dist/. */
const ORIGIN = 'http://bulletin.pdf.local';

export interface BuiltIssue {
  id: string;
  /** dist/bulletins/<id>/index.html */
  html: string;
  /** dist/bulletins/<id>.pdf */
  pdf: string;
}

/** Where Chromium is, or null when it is not installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const path = env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/** Issue pages in a built site (folders of dist/bulletins/ whose page is an issue); `only` picks some by id. */
export function findBuiltIssues(dist: string, only: string[] = []): { issues: BuiltIssue[]; unknown: string[] } {
  const dir = join(dist, 'bulletins');
  const all = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
        .map((d) => ({ id: d.name, html: join(dir, d.name, 'index.html'), pdf: join(dist, bulletinPdfFile(d.name)) }))
        .filter((issue) => readFileSync(issue.html, 'utf8').includes(`data-bulletin="${issue.id}"`))
        .sort((a, b) => a.id.localeCompare(b.id))
    : [];
  if (only.length === 0) return { issues: all, unknown: [] };
  return { issues: all.filter((i) => only.includes(i.id)), unknown: only.filter((id) => !all.some((i) => i.id === id)) };
}

/** A PDF is up to date when it is newer than its issue page. */
export function isUpToDate(issue: BuiltIssue): boolean {
  return existsSync(issue.pdf) && statSync(issue.pdf).mtimeMs >= statSync(issue.html).mtimeMs;
}

/** The PDF link's block on an issue page, from its opening tag to the end of that element. */
const PDF_LINK_BLOCK = new RegExp(`<([a-z]+)\\b[^>]*\\b${PDF_LINK_ATTRIBUTE}="(?:pending|ready)"[^>]*>[\\s\\S]*?</\\1>`);

/** The page with its PDF link block left out, so a page hashes the same before and after `npm run pdf`. */
function pageAsBuilt(html: string): string {
  return html.replace(PDF_LINK_BLOCK, '<pdf-link>');
}

/**
 * Shows the issue page's PDF link: the block loses `hidden` and its data-pdf-set-* attributes become real
 * ones (href, download, type). Keeps the page's modification time, so the PDF stays newer. Returns whether it changed.
 */
export function enablePdfLink(htmlFile: string): boolean {
  const html = readFileSync(htmlFile, 'utf8');
  const block = PDF_LINK_BLOCK.exec(html)?.[0];
  if (!block || !block.includes(`${PDF_LINK_ATTRIBUTE}="pending"`)) return false;
  const opening = block.slice(0, block.indexOf('>') + 1);
  const shown =
    opening.replace(`${PDF_LINK_ATTRIBUTE}="pending"`, `${PDF_LINK_ATTRIBUTE}="ready"`).replace(/\s+hidden(?:="")?(?=[\s/>])/, '') +
    block.slice(opening.length).replace(/\bdata-pdf-set-([a-z]+)=/g, '$1=');
  const { atime, mtime } = statSync(htmlFile);
  writeFileSync(htmlFile, html.replace(block, shown));
  utimesSync(htmlFile, atime, mtime);
  return true;
}

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  /** 出刊日期 YYYY-MM-DD: the document's date. */
  date: string;
  language: string;
}

/** Writes the document information Chromium leaves out (it only sets the title, from <title>); returns the PDF and its page count. */
export async function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const date = new Date(`${info.date}T00:00:00+08:00`);
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setKeywords(info.keywords);
  doc.setCreator(info.creator);
  doc.setProducer('Chromium (Skia/PDF), pdf-lib');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(info.language);
  doc.catalog.set(PDFName.of('PageLayout'), PDFName.of('OneColumn'));
  // Open with the bookmarks (the headings) shown when there are any.
  if (doc.catalog.get(PDFName.of('Outlines'))) doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return { bytes: await doc.save({ addDefaultPage: false }), pages: doc.getPageCount() };
}


/**
 * Answers every request of `context` from dist/ (honouring the base path). Issue pages are adjusted for
 * printing on the way: no AVIF/WebP <source>s (Chromium embeds JPEGs in a PDF as they are, but re-encodes
 * other formats losslessly, which makes the file several times larger) and no lazy loading.
 */
async function serveFromDist(context: BrowserContext, dist: string, base: string): Promise<void> {
  const root = resolve(dist);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN || !url.pathname.startsWith(base)) return route.abort('blockedbyclient');
    let file = resolve(root, decodeURIComponent(url.pathname.slice(base.length)));
    if (!file.startsWith(root)) return route.fulfill({ status: 403 });
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    const type = contentTypeOf(extname(file));
    if (extname(file) === '.html') {
      const html = readFileSync(file, 'utf8')
        .replace(/<source\b[^>]*\btype="image\/(?:avif|webp)"[^>]*>/g, '')
        .replace(/\bloading="lazy"/g, 'loading="eager"');
      return route.fulfill({ status: 200, contentType: type, body: html });
    }
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
  });
}

export interface PdfResult {
  id: string;
  pdf: string;
  status: 'rendered' | 'cached' | 'up-to-date';
  bytes: number;
  /** Counted when rendered (reading a PDF back just to count its pages would make skipping slow). */
  pages?: number | undefined;
  ms: number;
}

export interface RenderOptions {
  dist: string;
  /** The site's base path: / or /ggw/ */
  base?: string;
  /** Issue ids; all issues when empty. */
  only?: string[];
  /** Render even when the PDF is up to date. */
  force?: boolean;
  chromium: string;
  /** Earlier renders by the hash of the page, so a rebuild (which empties dist/) does not mean printing again. */
  cacheDir?: string | undefined;
  onProgress?: (message: string) => void;
  /** For tests: a browser already running. */
  browser?: Browser;
}

export class PdfError extends Error {}

/** Prints the issues of a built site to PDF. Throws PdfError for problems the user can fix. */
export async function renderBulletinPdfs(options: RenderOptions): Promise<PdfResult[]> {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const log = options.onProgress ?? (() => {});
  if (!existsSync(join(options.dist, 'index.html'))) throw new PdfError(`${options.dist} 里没有构建好的网站：先运行 npm run build`);
  const { issues, unknown } = findBuiltIssues(options.dist, options.only);
  if (unknown.length) throw new PdfError(`找不到这些期：${unknown.join('、')}（dist/bulletins/ 里没有；草稿不会构建。先 npm run build）`);
  if (issues.length === 0) throw new PdfError('网站里还没有任何一期《关工动态》');

  const results: PdfResult[] = [];
  const todo: { issue: BuiltIssue; key: string }[] = [];
  for (const issue of issues) {
    const started = Date.now();
    if (!options.force && isUpToDate(issue)) {
      enablePdfLink(issue.html);
      results.push({ id: issue.id, pdf: issue.pdf, status: 'up-to-date', bytes: statSync(issue.pdf).size, ms: Date.now() - started });
      log(`${issue.id}  已是最新，跳过`);
      continue;
    }
    const key = createHash('sha256').update(`${RENDER_VERSION}\n${base}\n`).update(pageAsBuilt(readFileSync(issue.html, 'utf8'))).digest('hex').slice(0, 20);
    const cached = options.cacheDir && join(options.cacheDir, `${issue.id}-${key}.pdf`);
    if (!options.force && cached && existsSync(cached)) {
      copyFileSync(cached, issue.pdf);
      enablePdfLink(issue.html);
      results.push({ id: issue.id, pdf: issue.pdf, status: 'cached', bytes: statSync(issue.pdf).size, ms: Date.now() - started });
      log(`${issue.id}  页面没有变化，用上次生成的 PDF`);
      continue;
    }
    todo.push({ issue, key });
  }
  if (todo.length === 0) return results;

  const { chromium } = await import('playwright-core');
  const browser =
    options.browser ??
    (await chromium.launch({
      executablePath: options.chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    }));
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: PIXEL_RATIO, locale: 'zh-CN', javaScriptEnabled: true });
    await serveFromDist(context, options.dist, base);
    const page = await context.newPage();
    for (const { issue, key } of todo) {
      const started = Date.now();
      log(`${issue.id}  排版、打印为 PDF …`);
      const response = await page.goto(`${ORIGIN}${base}bulletins/${issue.id}/`, { waitUntil: 'load' });
      if (!response?.ok()) throw new PdfError(`${issue.id}：打不开页面（${response?.status()}）`);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(async () => {
        await document.fonts.ready;
        await Promise.all([...document.images].map((img) => (img.complete ? null : img.decode().catch(() => null))));
      });
      const info = await page.locator('[data-bulletin]').evaluate((el: HTMLElement) => ({
        title: el.dataset.pdfTitle ?? document.title,
        author: el.dataset.pdfAuthor ?? '',
        subject: el.dataset.pdfSubject ?? '',
        keywords: (el.dataset.pdfKeywords ?? '').split('；').filter(Boolean),
        creator: el.dataset.pdfCreator ?? '',
        date: el.dataset.pdfDate ?? '',
        language: document.documentElement.lang || 'zh-CN',
      }));
      const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      const { bytes, pages } = await setPdfInfo(printed, info);
      const temp = `${issue.pdf}.${process.pid}.tmp`;
      writeFileSync(temp, bytes);
      renameSync(temp, issue.pdf);
      if (options.cacheDir) {
        mkdirSync(options.cacheDir, { recursive: true });
        for (const old of readdirSync(options.cacheDir).filter((n) => n.startsWith(`${issue.id}-`))) rmSync(join(options.cacheDir, old), { force: true });
        copyFileSync(issue.pdf, join(options.cacheDir, `${issue.id}-${key}.pdf`));
      }
      enablePdfLink(issue.html);
      const result: PdfResult = { id: issue.id, pdf: issue.pdf, status: 'rendered', bytes: bytes.length, pages, ms: Date.now() - started };
      results.push(result);
      log(`${issue.id}  完成：${result.pages} 页，${Math.round(result.bytes / 1024)} KB，${(result.ms / 1000).toFixed(1)} 秒`);
    }
    await context.close();
  } finally {
    if (!options.browser) await browser.close();
  }
  return results.sort((a, b) => a.id.localeCompare(b.id));
}
