// Demo images for the demo content: every image that a Markdown entry under content/ refers to (news/story
// `cover`, story `gallery[].image`, people `portrait`) but that does not exist yet is drawn as a flat-design
// illustration of the scene (SVG → sharp → JPEG). The drawing is in scripts/lib/demo-images/.
//
//   npm run demo:images                        # scan ./content
//   npx tsx scripts/demo-images.ts --root DIR  # scan DIR/content
//
// Never overwrites: an existing file is left alone, and a file that appears while drawing is not replaced
// either (src/lib/content/write.ts). Deterministic: the drawing is seeded from the image's path inside
// content/, so the same entry always gets the same picture. Scenes 1600×1200, portraits 1200×1500, like phone
// photos resized for the web. Exit code 1 if any entry or image failed, 2 on bad arguments.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentPath } from '../src/lib/content/files';
import { FileExistsError, writeNewFile } from '../src/lib/content/write';
import { EXIT, isMainModule, parseCommandArgs, runCommand } from './lib/command';
import { renderImage } from './lib/demo-images/render';
import { placeNames, scan } from './lib/demo-images/scan';

const USAGE = `用法：npm run demo:images [-- --root <目录>]
  为 content/ 里稿件引用了、但还不存在的图片（封面、图集、肖像）画示意插图；已有的图片一张也不动。
  --root <目录>   content/ 所在的目录，默认当前目录`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { options: { root: { type: 'string' } } });
  const root = path.resolve(values.root ?? process.cwd());
  const contentDir = contentPath(root);
  if (!existsSync(contentDir)) {
    console.error(`${root} 里没有 content/ 文件夹`);
    return EXIT.problems;
  }
  const places = placeNames(root);
  const { targets, errors, skipped } = await scan(root);
  for (const e of errors) console.error(`出错    ${e}`);
  for (const s of skipped) console.log(`跳过    ${s}`);
  let created = 0;
  let present = 0;
  let failed = errors.length;
  const list = [...targets.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  for (const t of list) {
    try {
      if (existsSync(t.abs)) {
        present++;
        console.log(`已存在  ${t.rel}`);
        continue;
      }
      const ext = path.extname(t.abs).toLowerCase();
      const format = ext === '.png' ? 'png' : ext === '.webp' ? 'webp' : 'jpeg';
      const seedPath = path.relative(contentDir, t.abs).split(path.sep).join('/');
      const img = await renderImage(t.ctx, seedPath, format, places);
      try {
        writeNewFile(t.abs, img.data);
      } catch (error) {
        if (!(error instanceof FileExistsError)) throw error;
        present++;
        console.log(`已存在  ${t.rel}（画的时候出现了，没有覆盖）`);
        continue;
      }
      created++;
      console.log(`已生成  ${t.rel}  ${img.width}×${img.height}  ${img.what}  ${Math.round(statSync(t.abs).size / 1024)} KB`);
    } catch (error) {
      failed++;
      console.error(`出错    ${t.rel}：${(error as Error).message}`);
    }
  }
  console.log(`\n生成 ${created} 张，已有 ${present} 张${failed ? `，出错 ${failed} 处` : ''}`);
  return failed ? EXIT.problems : EXIT.ok;
}

if (isMainModule(import.meta.url)) void runCommand(USAGE, main);
