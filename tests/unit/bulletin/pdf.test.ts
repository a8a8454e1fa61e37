// The parts of `npm run pdf` that need no browser: finding issues, up-to-date checks, the PDF link, metadata.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFName } from 'pdf-lib';
import { cachedPdfPath, enablePdfLink, findBuiltIssues, findChromium, isUpToDate, restoreCachedPdfs, setPdfInfo } from '@/lib/bulletin/pdf';
import { bulletinPdfDownloadName, bulletinPdfHref, numberSections, pdfDocumentInfo } from '@/lib/bulletin/view';
import { issueLine } from '@/lib/bulletin/issue-label';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
let dist: string;
const issuePage = (id: string) =>
  `<html><body><article data-bulletin="${id}"><p class="bulletin-pdf" data-pdf-link="pending" hidden data-pagefind-ignore data-astro-cid-x><a data-pdf-set-href="/bulletins/${id}.pdf" data-pdf-set-type="application/pdf" data-astro-cid-x>PDF</a></p><p>data-pdf-set-href="kept"</p></article></body></html>`;
const write = (path: string, text: string | Uint8Array) => {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
};

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'bulletin-pdf-'));
  write('index.html', '<html></html>');
  write('bulletins/index.html', '<html>archive</html>');
  write('bulletins/2026-09/index.html', issuePage('2026-09'));
  write('bulletins/2026-10/index.html', issuePage('2026-10'));
  write('bulletins/page/2/index.html', '<html>not an issue</html>');
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('finding the built issues', () => {
  it('lists the issue pages of dist/bulletins/, and only those', () => {
    const { issues } = findBuiltIssues(dist);
    expect(issues.map((i) => i.id)).toEqual(['2026-09', '2026-10']);
    expect(issues[1]!.pdf).toBe(join(dist, 'bulletins/2026-10.pdf'));
  });

  it('picks the issues asked for and names the ones it cannot find', () => {
    expect(findBuiltIssues(dist, ['2026-10', '2026-11'])).toMatchObject({ issues: [{ id: '2026-10' }], unknown: ['2026-11'] });
  });
});

describe('keeping PDFs up to date', () => {
  it('treats a PDF newer than its page as up to date, and an older or missing one as not', () => {
    const [issue] = findBuiltIssues(dist, ['2026-10']).issues;
    expect(isUpToDate(issue!)).toBe(false);
    write('bulletins/2026-10.pdf', '%PDF');
    const now = Date.now() / 1000;
    utimesSync(issue!.html, now - 60, now - 60);
    expect(isUpToDate(issue!)).toBe(true);
    utimesSync(issue!.pdf, now - 120, now - 120);
    expect(isUpToDate(issue!)).toBe(false);
  });

  it('has no link to the PDF until it is made, then shows it once, keeping the page’s modification time', () => {
    const file = join(dist, 'bulletins/2026-10/index.html');
    expect(readFileSync(file, 'utf8')).not.toMatch(/\shref=/);
    utimesSync(file, 1_000_000, 1_000_000);
    expect(enablePdfLink(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain(
      '<p class="bulletin-pdf" data-pdf-link="ready" data-pagefind-ignore data-astro-cid-x><a href="/bulletins/2026-10.pdf" type="application/pdf" data-astro-cid-x>PDF</a></p><p>data-pdf-set-href="kept"</p>',
    );
    expect(statSync(file).mtimeMs).toBe(1_000_000_000);
    expect(enablePdfLink(file)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(html);
  });
});

describe('PDFs kept across builds', () => {
  it('puts back the PDF of an unchanged issue page and shows its link; a changed page gets none', () => {
    const cacheDir = join(dist, '..', `${dist.split('/').pop()}-cache`);
    const options = { dist, base: '/', siteUrl: 'https://ggw.example.cn', cacheDir };
    const [sept, oct] = findBuiltIssues(dist).issues;
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cachedPdfPath(sept!, options), '%PDF-september');
    writeFileSync(cachedPdfPath(oct!, options), '%PDF-october');
    // The build writes October's page anew with other content: its old PDF no longer fits.
    write('bulletins/2026-10/index.html', issuePage('2026-10').replace('</article>', '<p>改过的一段</p></article>'));
    try {
      expect(restoreCachedPdfs(options)).toEqual({ restored: ['2026-09'], missing: ['2026-10'] });
      expect(readFileSync(join(dist, 'bulletins/2026-09.pdf'), 'utf8')).toBe('%PDF-september');
      expect(readFileSync(sept!.html, 'utf8')).toContain('data-pdf-link="ready"');
      expect(readFileSync(join(dist, 'bulletins/2026-10/index.html'), 'utf8')).toContain('data-pdf-link="pending"');
      // A PDF printed for another public address (its links point there) is not reused.
      rmSync(join(dist, 'bulletins/2026-09.pdf'));
      write('bulletins/2026-09/index.html', issuePage('2026-09'));
      expect(restoreCachedPdfs({ ...options, siteUrl: 'https://other.example.cn' }).restored).toEqual([]);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

describe('the PDF’s document information', () => {
  it('sets title, author, subject, keywords, creator, date and language', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const info = pdfDocumentInfo(
      {
        bulletinName: '关工动态',
        editingUnit: '桐川县关心下一代工作委员会办公室',
        fullName: '桐川县关心下一代工作委员会',
        runningNumber: true,
      },
      { month: '2026-10', issue: 10, runningNumber: 130, date: '2026-10-30' },
      [
        { section: '工作动态', titles: ['甲', '乙'] },
        { section: '活动纪实', titles: ['丙'] },
      ],
    );
    const { bytes, pages } = await setPdfInfo(await doc.save(), info);
    expect(pages).toBe(1);
    const out = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(out.getTitle()).toBe('《关工动态》2026年第10期（总第130期）');
    expect(out.getAuthor()).toBe('桐川县关心下一代工作委员会办公室');
    expect(out.getSubject()).toBe('桐川县关心下一代工作委员会《关工动态》2026年10月，2026年10月30日出刊');
    expect(out.getKeywords()).toBe('关工动态 工作动态 活动纪实 甲 乙 丙');
    expect(out.getCreator()).toContain('npm run pdf');
    expect(out.getCreationDate()?.toISOString()).toBe('2026-10-29T16:00:00.000Z');
    expect(String(out.catalog.lookup(PDFName.of('Lang')))).toContain('zh-CN');
  });
});

describe('issue page helpers', () => {
  it('numbers the items across sections and anchors each by its kind and id', () => {
    const numbered = numberSections([
      {
        section: '工作动态',
        items: [
          { kind: 'news' as const, entry: { id: 'a' } },
          { kind: 'news' as const, entry: { id: 'b' } },
        ],
      },
      { section: '活动纪实', items: [{ kind: 'stories' as const, entry: { id: 'c' } }] },
    ]);
    expect(numbered.map((s) => [s.anchor, s.items.map((i) => [i.no, i.anchor])])).toEqual([
      [
        'section-1',
        [
          [1, 'news-a'],
          [2, 'news-b'],
        ],
      ],
      ['section-2', [[3, 'stories-c']]],
    ]);
  });

  it('writes the issue line, the PDF address beside the issue folder and a readable file name', () => {
    expect(issueLine({ month: '2026-10', issue: 10, runningNumber: 130 }, true)).toBe('2026年第10期（总第130期）');
    expect(issueLine({ month: '2026-10', issue: 10, runningNumber: 130 }, false)).toBe('2026年第10期');
    expect(bulletinPdfHref('/ggw/bulletins/', '2026-10')).toBe('/ggw/bulletins/2026-10.pdf');
    expect(bulletinPdfDownloadName('关工动态', { month: '2026-10', issue: 10 })).toBe('关工动态2026年第10期.pdf');
  });
});

describe('npm run pdf without Chromium', () => {
  it('says how to install Chromium and exits non-zero', { timeout: 60_000 }, () => {
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toBeNull();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pdf.ts'], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('apt-get install chromium fonts-noto-cjk');
    expect(run.stderr).toContain('npm run build');
  });
});
