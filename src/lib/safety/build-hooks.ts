// The safety gates as Astro integrations (plain objects: no Astro import needed in src/lib).
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfCacheDir, restoreCachedPdfs } from '../bulletin/pdf';
import { CONTENT_DIR, contentPath } from '../content/files';
import { RASTER_EXTENSIONS, scrubPublishedImages, walkFiles } from './published-images';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** After the build: no original photo and no photo metadata in dist/ (see published-images.ts). */
export function publishedImagesGate(root = process.cwd()) {
  let cleanHashesFile: string | undefined;
  return {
    name: 'published-images-gate',
    hooks: {
      'astro:config:done': ({ config }: { config: { cacheDir: URL } }) => {
        cleanHashesFile = join(fileURLToPath(config.cacheDir), 'published-images', 'clean.txt');
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        const originals = walkFiles(contentPath(root)).filter((f) => RASTER_EXTENSIONS.has(extname(f).toLowerCase()));
        const result = await scrubPublishedImages(fileURLToPath(dir), originals, { cleanHashesFile });
        for (const r of result.reencoded) logger.warn(`已重新编码 ${r.file}（去掉了${r.reason}）`);
        for (const r of result.removed) logger.info(`已删除没有页面使用的原图 ${r}`);
        logger.info(`图片隐私检查：${result.checked} 张图片，没有原图、没有 EXIF/GPS 信息发布`);
      },
    },
  };
}

/** Issue months for a log line: all of a few, the first and last three of many (a ten-year county has 120). */
export function issueList(months: string[]): string {
  return months.length > 8 ? `${months.slice(0, 3).join('、')} … ${months.slice(-3).join('、')} 共 ${months.length} 期` : months.join('、');
}

/** After the build: the bulletin PDFs printed earlier for unchanged issue pages go back into dist/ (nothing is lost). */
export function bulletinPdfRestore(root = process.cwd()) {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'bulletin-pdf-restore',
    hooks: {
      'astro:config:done': ({ config }: { config: { base: string; site?: string | undefined } }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }: { dir: URL; logger: Logger }) => {
        const { restored, missing } = restoreCachedPdfs({
          dist: fileURLToPath(dir),
          base,
          siteUrl: site,
          cacheDir: pdfCacheDir(root, CONTENT_DIR),
        });
        if (restored.length) logger.info(`《关工动态》PDF：${restored.length} 期页面没有变化，沿用上次生成的 PDF`);
        if (missing.length) logger.info(`《关工动态》PDF：${issueList(missing)} 还没有 PDF（或页面改过了），运行 npm run pdf 生成`);
      },
    },
  };
}
