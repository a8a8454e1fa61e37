// The safety gates as an Astro integration (plain object: no Astro import needed in src/lib).
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentPath } from '../content-files';
import { RASTER_EXTENSIONS, scrubPublishedImages, walkFiles } from './published-images';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** After the build: no original photo and no photo metadata in dist/ (see published-images.ts). */
export function publishedImagesGate(root = process.cwd()) {
  return {
    name: 'published-images-gate',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        const originals = walkFiles(contentPath(root)).filter((f) => RASTER_EXTENSIONS.has(extname(f).toLowerCase()));
        const result = await scrubPublishedImages(fileURLToPath(dir), originals);
        for (const r of result.reencoded) logger.warn(`已重新编码 ${r.file}（去掉了${r.reason}）`);
        for (const r of result.removed) logger.info(`已删除没有页面使用的原图 ${r}`);
        logger.info(`图片隐私检查：${result.checked} 张图片，没有原图、没有 EXIF/GPS 信息发布`);
      },
    },
  };
}
