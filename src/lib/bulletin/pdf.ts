// `npm run pdf`: each built issue page printed to dist/bulletins/<id>.pdf by headless Chromium.
//
// The pages are served to Chromium straight from dist/ through Playwright's request interception (no
// server, no network). Chromium prints with the issue page's print stylesheet (A4, page numbers in
// @page margin boxes); pdf-lib then writes the document information (title, author, subject, keywords)
// that Chromium cannot. The PDF link on the issue page stays hidden until its PDF exists.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import type { Browser, BrowserContext } from 'playwright-core';
import { PDF_LINK_ATTRIBUTE, bulletinPdfFile } from './view';
import { contentTypeOf } from '../mime-types';
import { CHROMIUM_ARGS } from '../chromium';

export const CHROMIUM_INSTALL_HINT = 'apt-get install chromium fonts-noto-cjk fonts-noto-color-emoji';
/**
 * For print shops that refuse Type 3 fonts. Chromium (Skia) embeds only TrueType-outline fonts as CID fonts; the
 * Noto CJK fonts are CFF, so their glyphs become Type 3 (measured: ~250 Type 3 fonts per issue), as do
 * synthetic bold and colour emoji. This mode prints with WenQuanYi Micro Hei (TrueType) at its one weight:
 * measured, one CID TrueType font and no Type 3 (emoji still print as Type 3 bitmaps).
 */
export const TRUETYPE_FONT = 'WenQuanYi Micro Hei';
export const TRUETYPE_FONT_HINT = 'apt-get install fonts-wqy-microhei';
const TRUETYPE_FONTS = `font-family:'${TRUETYPE_FONT}','Noto Color Emoji',sans-serif!important;font-weight:400!important;font-style:normal!important;font-synthesis:none!important`;
const TRUETYPE_CSS = `*,*::before,*::after,*::marker{${TRUETYPE_FONTS}} @page{@bottom-center{${TRUETYPE_FONTS}}}`;
/** Bump when the way PDFs are made changes, so cached PDFs are not reused. */
const RENDER_VERSION = 'bulletin-pdf-2';
/** Screen the page is loaded at before printing: with 2× pixels it picks images of about 250–400 dpi at their printed sizes. */
const VIEWPORT = { width: 800, height: 1130 };
const PIXEL_RATIO = 2;
/**
 * Chromium loads the issue at the site's public address (every request answered from dist/, nothing from the
 * network), so the links it prints into the PDF work for readers. Without a site address, this stand-in.
 */
const FALLBACK_ORIGIN = 'http://bulletin.pdf.local';

/** Where printed PDFs are kept between builds: one folder per content folder, outside dist/ (which every build empties). */
export function pdfCacheDir(root: string, contentDir: string): string {
  return join(
    root,
    'node_modules',
    '.cache',
    'bulletin-pdf',
    createHash('sha256').update(resolve(root, contentDir)).digest('hex').slice(0, 12),
  );
}

/** The cache key of an issue's PDF: what was printed (the page as built), where its links point and how it was made. */
function pdfKey(issue: BuiltIssue, base: string, origin: string, truetype = false): string {
  return createHash('sha256')
    .update(`${RENDER_VERSION}\n${origin}\n${base}\n${truetype ? 'truetype\n' : ''}`)
    .update(pageAsBuilt(readFileSync(issue.html, 'utf8')))
    .digest('hex')
    .slice(0, 20);
}

/**
 * Puts back the PDFs of issues whose page has not changed since they were printed, and shows their PDF link:
 * run by the build, so `npm run build` no longer loses the PDFs. Returns the ids restored.
 */
export function restoreCachedPdfs(options: { dist: string; base?: string; siteUrl?: string | undefined; cacheDir: string }): {
  restored: string[];
  missing: string[];
} {
  const restored: string[] = [];
  const missing: string[] = [];
  for (const issue of findBuiltIssues(options.dist).issues) {
    const cached = cachedPdfPath(issue, options);
    if (!existsSync(cached)) {
      missing.push(issue.id);
      continue;
    }
    copyFileSync(cached, issue.pdf);
    enablePdfLink(issue.html);
    restored.push(issue.id);
  }
  return { restored, missing };
}

/** Where the cached PDF of this issue page, as it is now, is (or would be) kept. */
export function cachedPdfPath(
  issue: BuiltIssue,
  options: { base?: string; siteUrl?: string | undefined; cacheDir: string; truetype?: boolean },
): string {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  return join(options.cacheDir, `${issue.id}-${pdfKey(issue, base, originOf(options.siteUrl), options.truetype)}.pdf`);
}

function originOf(siteUrl: string | undefined): string {
  try {
    return siteUrl ? new URL(siteUrl).origin : FALLBACK_ORIGIN;
  } catch {
    return FALLBACK_ORIGIN;
  }
}

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
async function serveFromDist(context: BrowserContext, dist: string, base: string, origin: string): Promise<void> {
  const root = resolve(dist);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin || !url.pathname.startsWith(base)) return route.abort('blockedbyclient');
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
  /** The site's public address (site.yaml url): the PDF's links point there. */
  siteUrl?: string | undefined;
  /** Issue ids; all issues when empty. */
  only?: string[];
  /** Render even when the PDF is up to date. */
  force?: boolean;
  /** Print with a TrueType CJK font so every text is a CID font (see TRUETYPE_FONT). */
  truetype?: boolean;
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
  const origin = originOf(options.siteUrl);
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
    const key = pdfKey(issue, base, origin, options.truetype);
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
      args: CHROMIUM_ARGS,
    }));
  try {
    // The TrueType mode adds a style sheet, which the page's CSP would refuse.
    const context = await browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: PIXEL_RATIO,
      locale: 'zh-CN',
      javaScriptEnabled: true,
      bypassCSP: !!options.truetype,
    });
    await serveFromDist(context, options.dist, base, origin);
    const page = await context.newPage();
    for (const { issue, key } of todo) {
      const started = Date.now();
      log(`${issue.id}  排版、打印为 PDF …`);
      const response = await page.goto(`${origin}${base}bulletins/${issue.id}/`, { waitUntil: 'load' });
      if (!response?.ok()) throw new PdfError(`${issue.id}：打不开页面（${response?.status()}）`);
      await page.emulateMedia({ media: 'print' });
      if (options.truetype) await page.addStyleTag({ content: TRUETYPE_CSS });
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
        for (const old of readdirSync(options.cacheDir).filter((n) => n.startsWith(`${issue.id}-`)))
          rmSync(join(options.cacheDir, old), { force: true });
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
