// Prints the built issues of 《关工动态》 to A4 PDFs: dist/bulletins/<id>.pdf, beside each issue's page.
//
//   npm run build && npm run pdf            every issue (those whose PDF is up to date are skipped)
//   npm run pdf -- 2026-10 [2026-09 …]      only these issues
//   npm run pdf -- --force                  print again even when up to date
//   npm run pdf -- --truetype               for print shops that refuse Type 3 fonts (one TrueType CJK font)
//
// Needs Debian's Chromium and the Noto CJK fonts (apt-get install chromium fonts-noto-cjk).
// The work is in src/lib/bulletin/pdf.ts.
import { parseCommandArgs, runCommand } from './lib/command';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  CHROMIUM_INSTALL_HINT,
  PdfError,
  TRUETYPE_FONT,
  TRUETYPE_FONT_HINT,
  findChromium,
  pdfCacheDir,
  renderBulletinPdfs,
} from '../src/lib/bulletin/pdf';
import { CONTENT_DIR, readSiteConfig } from '../src/lib/content/files';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = `用法：npm run pdf [-- <年-月> …] [--force] [--truetype]
  不写期号则生成全部各期；PDF 比页面新的会跳过（--force 则全部重新生成）。
  --truetype：给不收 Type 3 字体的印刷厂用，全文改用文泉驿微米黑（TrueType），不用粗体。
  先运行 npm run build：PDF 由 dist/ 里构建好的页面打印而成，写在 dist/bulletins/<年-月>.pdf。`;

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    options: {
      force: { type: 'boolean', default: false },
      truetype: { type: 'boolean', default: false },
      dist: { type: 'string' },
    },
    positionals: { max: Infinity },
  });
  const chromium = findChromium();
  if (!chromium) {
    console.error(
      `找不到 Chromium（${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}），无法生成 PDF。\n` +
        `请安装：${CHROMIUM_INSTALL_HINT}（需要 root 权限时在前面加 sudo），或用 CHROMIUM_PATH 指向已安装的 Chromium。\n` +
        '网站本身（npm run build）不需要 Chromium。',
    );
    return 1;
  }
  if (parsed.values.truetype && !spawnSync('fc-list', [`:family=${TRUETYPE_FONT}`], { encoding: 'utf8' }).stdout?.trim()) {
    console.error(`--truetype 需要 TrueType 中文字体 ${TRUETYPE_FONT}，没有安装。请安装：${TRUETYPE_FONT_HINT}`);
    return 1;
  }
  const dist = parsed.values.dist ?? join(ROOT, 'dist');
  const settings = readSiteConfig(ROOT);
  const base = process.env.BASE_PATH || settings.base;
  const started = Date.now();
  console.log(`生成《关工动态》PDF（${parsed.positionals.length ? parsed.positionals.join('、') : '全部各期'}）…`);
  try {
    const results = await renderBulletinPdfs({
      dist,
      base,
      only: parsed.positionals,
      force: parsed.values.force,
      truetype: parsed.values.truetype,
      chromium,
      siteUrl: process.env.SITE_URL || settings.url,
      cacheDir: pdfCacheDir(ROOT, CONTENT_DIR),
      onProgress: (message) => console.log(`  ${message}`),
    });
    const count = (status: string) => results.filter((r) => r.status === status).length;
    const rendered = results.filter((r) => r.status === 'rendered');
    const pages = rendered.reduce((n, r) => n + (r.pages ?? 0), 0);
    const kb = Math.round(results.reduce((n, r) => n + r.bytes, 0) / 1024);
    console.log(
      `\n完成：${results.length} 期，共 ${kb} KB。新生成 ${rendered.length} 期${rendered.length ? `（${pages} 页）` : ''}，` +
        `页面没有变化而沿用 ${count('cached')} 期，已是最新 ${count('up-to-date')} 期；用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`,
    );
    console.log(`PDF 在 ${join(dist, 'bulletins')}/<年-月>.pdf，各期页面上的“下载本期 PDF”链接已显示。`);
    return 0;
  } catch (error) {
    if (error instanceof PdfError) {
      console.error(`\n没有生成：${error.message}`);
      return 1;
    }
    throw error;
  }
}

await runCommand(USAGE, main, { exitWhenDone: true });
